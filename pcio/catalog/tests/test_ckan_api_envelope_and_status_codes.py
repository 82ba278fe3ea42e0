"""CKAN's response envelope and status codes, at both /api/3/action and /api/action."""

import json


def test_success_has_help_success_and_result(client, public_dataset):
    response = client.get("/api/3/action/package_show", {"id": "nk-tourists"})
    body = response.json()
    assert response.status_code == 200
    assert body["success"] is True and body["result"]["name"] == "nk-tourists"
    assert "help" in body


def test_the_unversioned_path_and_post_json_work(client, public_dataset):
    response = client.post("/api/action/package_search", json.dumps({"q": "ท่องเที่ยว"}),
                           content_type="application/json")
    assert response.json()["result"]["count"] == 1


def test_not_found_is_404_with_a_typed_error(client, db):
    response = client.get("/api/3/action/package_show", {"id": "nothing"})
    assert response.status_code == 404
    assert response.json()["error"]["__type"] == "Not Found Error"
    assert response.json()["success"] is False


def test_an_unknown_action_is_400(client, db):
    response = client.get("/api/3/action/package_fly")
    assert response.status_code == 400
    assert "Action name not known" in response.json()["error"]["message"]


def test_writes_need_post_and_a_token(client, public_dataset):
    assert client.get("/api/3/action/package_delete", {"id": "nk-tourists"}).status_code == 400
    response = client.post("/api/3/action/package_delete", {"id": "nk-tourists"})
    assert response.status_code == 403
    assert response.json()["error"]["__type"] == "Authorization Error"


def test_validation_errors_are_409_per_field(client, officer_a, token_for, agency_a):
    response = client.post("/api/3/action/package_create", json.dumps({"name": "x-1"}),
                           content_type="application/json",
                           HTTP_AUTHORIZATION=token_for(officer_a))
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["__type"] == "Validation Error"
    assert "กรุณากรอกชื่อชุดข้อมูล" in error["title"][0]


def test_the_api_is_also_served_under_the_catalog_prefix(client, public_dataset):
    assert client.get("/catalog/api/3/action/package_list").json()["result"] == ["nk-tourists"]


def test_a_query_on_an_unknown_field_is_400_as_ckan_answers_a_bad_query(client, db):
    response = client.get("/api/3/action/package_search", {"q": "colour:red"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["__type"] == "Search Query Error"
    assert error["message"].startswith("Search Query is invalid: ไม่รู้จักฟิลด์ colour")
