from pcio.meetings import services
from pcio.meetings.models import Section


def test_the_api_lists_items_and_only_the_secretariat_records_resolutions(
        api_client, token_for, meeting, secretariat, committee_member):
    item = services.add_item(meeting, Section.FOR_INFO, title="ก")
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(committee_member)}")
    listed = api_client.get(f"/api/v1/meeting-items/?meeting={meeting.pk}").json()
    titles = [i["title"] for i in listed.get("results", listed)]
    assert "ก" in titles
    denied = api_client.post("/api/v1/resolutions/", {"item": item.pk, "outcome": "noted"})
    assert denied.status_code == 403
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(secretariat)}")
    made = api_client.post("/api/v1/resolutions/", {"item": item.pk, "outcome": "noted"})
    assert made.status_code == 201 and made.json()["outcome_display"] == "รับทราบ"


def test_the_public_api_hides_draft_meetings(api_client, meeting):
    listed = api_client.get("/api/v1/meetings/").json()
    assert meeting.pk not in [m["id"] for m in listed.get("results", listed)]
