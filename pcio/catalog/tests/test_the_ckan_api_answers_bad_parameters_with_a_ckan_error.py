"""Bad parameters to the CKAN Action API, in a query string or a JSON body of the wrong
types, are answered in CKAN's envelope with CKAN's status codes (409 Validation Error naming
the parameter, 400 for a bad sort), never a 500."""

import json

import pytest


def search(client, **data):
    return client.post("/api/3/action/package_search", json.dumps(data),
                       content_type="application/json")


@pytest.mark.parametrize("query, name", [
    ({"rows": "abc"}, "rows"),
    ({"start": "-1"}, "start"),
    ({"start": "99999999999999999999"}, "start"),
    ({"limit": "1.5"}, "limit"),
])
def test_a_bad_number_in_the_query_string_is_a_409_naming_it(client, db, query, name):
    action = "package_list" if "limit" in query else "package_search"
    response = client.get(f"/api/3/action/{action}", query)
    assert response.status_code == 409
    body = response.json()
    assert body["success"] is False and body["error"]["__type"] == "Validation Error"
    assert list(body["error"]) == ["__type", name]


def test_an_unknown_sort_is_a_400_bad_request(client, db):
    response = client.get("/api/3/action/package_search", {"sort": "garbage desc"})
    assert response.status_code == 400
    assert "garbage" in response.json()["error"]["message"]


@pytest.mark.parametrize("data, name", [
    ({"sort": 1}, "sort"),
    ({"sort": ["name asc"]}, "sort"),
    ({"facet.field": 7}, "facet.field"),
    ({"rows": [10]}, "rows"),
    ({"start": {"from": 0}}, "start"),
])
def test_a_json_value_of_the_wrong_type_is_a_409_naming_it(client, db, data, name):
    response = search(client, **data)
    assert response.status_code == 409
    assert name in response.json()["error"]


def test_good_values_of_the_json_types_ckan_clients_send_still_work(client, public_dataset):
    response = search(client, rows=5, start=0, sort="name asc", **{"facet.field": ["tags"]})
    result = response.json()["result"]
    assert result["count"] == 1 and "tags" in result["facets"]


def test_tags_and_resource_fields_of_other_types_are_read_or_refused(
        client, officer_a, token_for, public_dataset, metadata):
    auth = {"HTTP_AUTHORIZATION": token_for(officer_a)}
    data = metadata(name="nk-two", tags=[{"label": "no name"}, 7])
    del data["tag_string"]
    response = client.post("/api/3/action/package_create", json.dumps(data),
                           content_type="application/json", **auth)
    assert [tag["name"] for tag in response.json()["result"]["tags"]] == ["7"]
    response = client.post("/api/3/action/resource_create", json.dumps(
        {"package_id": "nk-tourists", "url": {"href": "x"}}), content_type="application/json",
        **auth)
    assert (response.status_code, list(response.json()["error"])) == (409, ["__type", "url"])
    response = client.post("/api/3/action/resource_create", json.dumps(
        {"package_id": "nk-tourists", "upload": 5}), content_type="application/json", **auth)
    assert (response.status_code, list(response.json()["error"])) == (409, ["__type", "upload"])
