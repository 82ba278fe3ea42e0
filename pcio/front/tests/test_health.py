def test_the_health_endpoint_reports_the_database(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == response.json()["database"] == "ok"
    assert "no-cache" in response["Cache-Control"]


def test_every_response_carries_a_request_id(client, db):
    response = client.get("/health/", HTTP_X_REQUEST_ID="abc123")
    assert response["X-Request-ID"] == "abc123"
