"""The JSON API follows the same rules as the pages."""

from pcio.compliance.models import Letter, Record


def test_an_officer_updates_their_agencys_record_but_not_its_sample_flag(
        api_client, officer_a, agency_a, token_for, record_for):
    record_for(agency_a)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.patch(f"/api/v1/compliance/records/{agency_a.code}/",
                                {"workd_requested": 12, "is_sample": True}, format="json")
    assert response.status_code == 200, response.content
    record = Record.objects.get(agency=agency_a)
    assert (record.workd_requested, record.is_sample) == (12, False)


def test_an_officer_cannot_update_another_agencys_record(api_client, officer_a, agency_b,
                                                         token_for, record_for):
    record_for(agency_b)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.patch(f"/api/v1/compliance/records/{agency_b.code}/",
                                {"workd_requested": 12}, format="json")
    assert response.status_code == 403
    assert Record.objects.get(agency=agency_b).workd_requested == 0


def test_anyone_reads_the_letter_register(api_client, db):
    Letter.objects.create(reference="นค 0017.2/ว 3955", dated="2025-03-24", subject="Cyber Safe")
    data = api_client.get("/api/v1/compliance/letters/").json()
    assert data["results"][0]["dated"] == "2025-03-24"


def test_writing_a_channel_with_a_bad_email_gives_a_thai_error(api_client, officer_a, agency_a,
                                                              token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.post("/api/v1/compliance/channels/", {
        "agency": agency_a.code, "kind": "email", "value": "nope"}, format="json")
    assert response.status_code == 400
    assert "ต้องเป็นอีเมล" in response.json()["value"][0]
