"""Officers change their own agency's entries; the secretariat changes all; committee reads."""

import pytest

from pcio.compliance.models import Channel, Kind, Record


def _record_post(**fields):
    data = {"info_announced_on": "2025-03-31", "info_url": "https://info.go.th/x",
            "workd_requested": "5", "workd_domain": "@NSO.go.th"}
    data.update(fields)
    return data


def test_an_officer_edits_their_own_agency(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(f"/compliance/a/{agency_a.code}/edit/", _record_post())
    assert response.status_code == 302
    record = Record.objects.get(agency=agency_a)
    assert record.workd_domain == "nso.go.th" and record.workd_requested == 5


def test_an_officer_cannot_mark_their_own_entries_as_sample_data(client, officer_a, agency_a):
    client.force_login(officer_a)
    client.post(f"/compliance/a/{agency_a.code}/edit/", _record_post(is_sample="on"))
    assert not Record.objects.get(agency=agency_a).is_sample


@pytest.mark.parametrize("path", ["edit/", "channels/new/", "eoffice/"])
def test_an_officer_cannot_change_another_agency(client, officer_a, agency_b, path):
    client.force_login(officer_a)
    assert client.get(f"/compliance/a/{agency_b.code}/{path}").status_code == 403
    assert client.post(f"/compliance/a/{agency_b.code}/{path}", _record_post()).status_code \
        == 403
    assert not Record.objects.filter(agency=agency_b).exists()


def test_an_officer_cannot_delete_another_agencys_channel(client, officer_a, agency_b,
                                                          channel_for):
    channel = channel_for(agency_b)
    client.force_login(officer_a)
    assert client.post(f"/compliance/channels/{channel.pk}/delete/").status_code == 403
    assert Channel.objects.filter(pk=channel.pk).exists()


def test_the_secretariat_changes_any_agency(client, secretariat, agency_b):
    client.force_login(secretariat)
    response = client.post(f"/compliance/a/{agency_b.code}/channels/new/",
                           {"kind": Kind.FACEBOOK, "value": "https://www.facebook.com/nkm",
                            "meta_verified": "on"})
    assert response.status_code == 302
    assert agency_b.channels.get().meta_verified


def test_a_committee_member_reads_but_cannot_change(client, committee_member, agency_a):
    client.force_login(committee_member)
    assert client.get(f"/compliance/a/{agency_a.code}/").status_code == 200
    assert client.get("/compliance/").status_code == 200
    assert client.get(f"/compliance/a/{agency_a.code}/edit/").status_code == 403


def test_the_public_is_sent_to_log_in_before_editing(client, agency_a):
    response = client.get(f"/compliance/a/{agency_a.code}/edit/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_only_the_secretariat_imports_and_sends_reminders(client, officer_a, agency_a):
    client.force_login(officer_a)
    assert client.get("/compliance/import/").status_code == 403
    assert client.post(f"/compliance/a/{agency_a.code}/remind/").status_code == 403


def test_the_api_refuses_an_officer_writing_for_another_agency(api_client, officer_a, agency_b,
                                                               token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.post("/api/v1/compliance/channels/", {
        "agency": agency_b.code, "kind": "web_form", "value": "https://x.go.th/"}, format="json")
    assert response.status_code == 403
    assert not Channel.objects.exists()


def test_the_api_lets_an_officer_add_a_channel_for_their_agency(api_client, officer_a,
                                                                agency_a, token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.post("/api/v1/compliance/channels/", {
        "agency": agency_a.code, "kind": "staff_system", "value": "https://e.nso.go.th/"},
        format="json")
    assert response.status_code == 201, response.content
    assert agency_a.channels.get().section == 16
