from auditlog.models import LogEntry

from pcio.agencies.models import Agency


def test_a_change_through_the_page_records_who_and_what(client, officer_a, agency_a):
    client.force_login(officer_a)
    client.post(f"/agencies/{agency_a.code}/edit/", {"name_th": agency_a.name_th,
                                                      "phone": "042-123-456"})
    entry = LogEntry.objects.get_for_object(agency_a).filter(action=LogEntry.Action.UPDATE).first()
    assert entry.actor == officer_a
    assert entry.changes_dict["phone"] == ["", "042-123-456"]
    assert entry.timestamp is not None


def test_a_change_through_the_api_is_recorded_under_the_tokens_user(api_client, officer_a,
                                                                   agency_a, token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    api_client.patch(f"/api/v1/agencies/{agency_a.code}/", {"email": "a@nongkhai.go.th"},
                     format="json")
    entry = LogEntry.objects.get_for_object(agency_a).latest("timestamp")
    assert entry.actor == officer_a
    assert "email" in entry.changes_dict


def test_the_history_is_shown_on_the_agency_page_to_signed_in_users(client, committee_member,
                                                                    agency_a):
    Agency.objects.get(pk=agency_a.pk).save()
    agency = Agency.objects.get(pk=agency_a.pk)
    agency.phone = "042-1"
    agency.save()
    client.force_login(committee_member)
    assert "ประวัติการแก้ไข" in client.get(agency.get_absolute_url()).content.decode()
    client.logout()
    assert "ประวัติการแก้ไข" not in client.get(agency.get_absolute_url()).content.decode()
