"""A NUL character (0x00) in a query string, a form post or a JSON body is refused before
any view reads it, naming the parameter: PostgreSQL cannot compare text holding one, so
each lookup with it was a 500 there (found by the API fuzz test on PostgreSQL)."""

import json


def test_in_an_api_filter(client, db):
    response = client.get("/api/v1/agencies/", {"district": "\x00", "type": "pao"})
    assert (response.status_code, response.json()) == (400, {"district": ["มีอักขระ NUL (0x00)"]})


def test_in_a_page_query(client, db):
    response = client.get("/agencies/", {"q": "หนอง\x00คาย"})
    assert response.status_code == 400
    assert "พารามิเตอร์ q: มีอักขระ NUL (0x00)" in response.content.decode()


def test_in_a_form_post(client, secretariat):
    client.force_login(secretariat)
    response = client.post("/agencies/new/", {"code": "X\x00", "name_th": "หน่วยงาน"})
    assert response.status_code == 400 and "พารามิเตอร์ code" in response.content.decode()


def test_in_a_json_body_of_the_api(client, secretariat, token_for, agency_a):
    response = client.post("/api/v1/webwatch/sites/",
                           json.dumps({"url": "https://a.go.th", "agency": "A\x00"}),
                           content_type="application/json",
                           HTTP_AUTHORIZATION=token_for(secretariat))
    assert (response.status_code, list(response.json())) == (400, ["agency"])


def test_in_a_json_body_of_the_ckan_api(client, db):
    response = client.post("/api/3/action/package_show", json.dumps({"id": "\x00"}),
                           content_type="application/json")
    assert response.status_code == 409 and "id" in response.json()["error"]
