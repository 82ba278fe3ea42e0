import yaml


def test_the_openapi_schema_describes_the_agencies_api_and_token_auth(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert "/api/v1/agencies/" in schema["paths"]
    assert "/api/v1/agencies/{code}/" in schema["paths"]
    assert schema["components"]["securitySchemes"]["tokenAuth"]["in"] == "header"


def test_the_api_docs_page_loads_its_assets_from_pcio_itself(client, db):
    body = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in body
    assert "cdn." not in body and "unpkg" not in body
