import json

from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import Section


def _post(client, meeting, payload):
    return client.post(reverse("meeting_reorder", args=[meeting.pk]), json.dumps(payload),
                       content_type="application/json")


def test_the_dragged_order_is_saved_and_a_foreign_item_is_refused(client, secretariat, meeting,
                                                                  committee):
    a = services.add_item(meeting, Section.FOR_INFO, title="ก")
    b = services.add_item(meeting, Section.FOR_INFO, title="ข")
    client.force_login(secretariat)
    assert _post(client, meeting, {"sections": {"3": [b.pk, a.pk]}}).status_code == 200
    assert [i.title for i in meeting.items.filter(section=3)] == ["ข", "ก"]
    other = services.create_meeting(committee, 9, 2568, meeting.date, meeting.time, "ห้อง")
    stranger = services.add_item(other, Section.FOR_INFO, title="ค")
    refused = _post(client, meeting, {"sections": {"3": [a.pk, stranger.pk]}})
    assert refused.status_code == 400 and "ไม่ถูกต้อง" in refused.json()["error"]
    assert [i.title for i in meeting.items.filter(section=3)] == ["ข", "ก"]
    assert _post(client, meeting, {"nope": 1}).status_code == 400


def test_the_agenda_page_serves_the_drag_script_from_static(client, secretariat, meeting):
    client.force_login(secretariat)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "/static/meetings/agenda.js" in page and "draggable=\"true\"" in page
