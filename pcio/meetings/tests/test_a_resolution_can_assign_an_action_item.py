from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import ActionItem, Section


def test_recording_an_assignment_creates_an_action_item_for_the_agency(client, secretariat,
                                                                       meeting, agency_b):
    item = services.add_item(meeting, Section.FOR_DECISION, title="เว็บไซต์")
    client.force_login(secretariat)
    client.post(reverse("meeting_resolve", args=[item.pk]), {
        "outcome": "assigned", "text": "ให้ปรับปรุงเว็บไซต์", "title": "ปรับปรุงเว็บไซต์",
        "agency": agency_b.pk, "due": "2025-09-30"})
    action = ActionItem.objects.get()
    assert (action.agency, action.resolution.item, str(action.due)) == (agency_b, item,
                                                                       "2025-09-30")


def test_an_assignment_without_an_agency_keeps_the_resolution_and_says_why(client, secretariat,
                                                                           meeting):
    item = services.add_item(meeting, Section.FOR_DECISION, title="เว็บไซต์")
    client.force_login(secretariat)
    page = client.post(reverse("meeting_resolve", args=[item.pk]),
                       {"outcome": "assigned", "title": "ปรับปรุงเว็บไซต์"}, follow=True)
    assert "ต้องเลือกหน่วยงานรับผิดชอบ" in page.content.decode()
    item.refresh_from_db()
    assert item.resolution.outcome == "assigned" and not ActionItem.objects.exists()
