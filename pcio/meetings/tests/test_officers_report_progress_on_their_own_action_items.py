from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import ActionItem, Section


def _action(meeting, agency):
    item = services.add_item(meeting, Section.FOR_DECISION, title="ก")
    resolution = services.record_resolution(item, "assigned")
    return ActionItem.objects.create(resolution=resolution, agency=agency, title="ปรับปรุงเว็บ")


def test_an_officer_updates_only_their_own_agencys_action_item(client, meeting, officer_a,
                                                               agency_a, agency_b):
    mine, theirs = _action(meeting, agency_a), _action(meeting, agency_b)
    client.force_login(officer_a)
    ok = client.post(reverse("meeting_action", args=[mine.pk]), {"status": "done"})
    denied = client.post(reverse("meeting_action", args=[theirs.pk]), {"status": "done"})
    assert ok.status_code == 302 and denied.status_code == 403
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == ("done", "open")


def test_the_owner_agencys_page_lists_its_action_items(client, meeting, agency_b, secretariat):
    _action(meeting, agency_b)
    client.force_login(secretariat)
    page = client.get(agency_b.get_absolute_url()).content.decode()
    assert "เรื่องที่ต้องดำเนินการตามมติที่ประชุม" in page and "ปรับปรุงเว็บ" in page
