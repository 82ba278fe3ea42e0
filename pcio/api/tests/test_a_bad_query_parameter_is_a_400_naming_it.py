"""Query parameters of the wrong type or out of range are the caller's mistake: 400 with
the parameter named (pcio.lib.params), never a 500 from int() or the database."""

import pytest


@pytest.mark.parametrize("url, name", [
    ("/api/v1/readiness/results/?year=abc", "year"),
    ("/api/v1/readiness/results/?year=25671", "year"),
    ("/api/v1/action-items/?agency=not-a-number", "agency"),
    ("/api/v1/action-items/?agency=99999999999999999999", "agency"),
    ("/api/v1/meeting-items/?meeting=1.5", "meeting"),
    ("/api/v1/webwatch/incidents/?state=burning", "state"),
    ("/api/v1/agencies/?type=castle", "type"),
    ("/api/v1/agencies/?page=abc", "page"),
    ("/api/v1/agencies/?page=0", "page"),
])
def test_anyone_gets_a_400_naming_the_parameter(client, db, url, name):
    response = client.get(url)
    assert response.status_code == 400
    assert list(response.json()) == [name]


def test_the_survey_progress_refuses_a_year_that_is_not_a_number(client, committee_member):
    client.force_login(committee_member)
    response = client.get("/api/v1/readiness/progress/", {"year": "null"})
    assert response.status_code == 400
    assert response.json() == {"year": ["ต้องเป็นจำนวนเต็ม"]}


def test_the_message_follows_the_language_chosen(client, db):
    client.cookies["django_language"] = "en"
    response = client.get("/api/v1/readiness/results/", {"year": "abc"})
    assert response.json() == {"year": ["Must be a whole number"]}


def test_good_values_still_filter(client, agency_a, agency_b):
    response = client.get("/api/v1/agencies/", {"type": "municipality", "page": "1"})
    assert [a["code"] for a in response.json()["results"]] == ["B"]


def test_the_schema_lists_each_filter_with_its_type(client, db):
    import yaml

    schema = yaml.safe_load(client.get("/api/schema/").content)
    query = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/action-items/"]["get"]
             ["parameters"] if p["in"] == "query"}
    assert query["agency"] == {"type": "integer"}
    assert query["status"]["enum"] == ["open", "doing", "done"]
