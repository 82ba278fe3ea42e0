from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import ActionItem, Attachment, Section


def _grow(meeting, agency, n):
    for i in range(n):
        item = services.add_item(meeting, Section.FOR_INFO, title=f"เรื่อง {i}")
        Attachment.objects.create(item=item, title=f"เอกสาร {i}")
        resolution = services.record_resolution(item, "assigned", "ให้ดำเนินการ")
        ActionItem.objects.create(resolution=resolution, agency=agency, title=f"งาน {i}")


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_agenda_run_and_action_pages_cost_the_same_at_two_sizes(client, secretariat, meeting,
                                                                  agency_a):
    client.force_login(secretariat)
    urls = [reverse("meeting", args=[meeting.pk]), reverse("meeting_run", args=[meeting.pk]),
            reverse("meeting_actions"), reverse("meetings")]
    _grow(meeting, agency_a, 2)
    services.fill_attendance(meeting)  # the first visit to the run page starts the roll call
    small = [_count(client, url) for url in urls]
    _grow(meeting, agency_a, 10)
    assert [_count(client, url) for url in urls] == small
