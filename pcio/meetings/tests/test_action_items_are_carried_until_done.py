from datetime import date, time

from pcio.meetings import documents, services
from pcio.meetings.models import ActionItem, ActionStatus, Section


def _next(meeting, number):
    return services.create_meeting(meeting.committee, number, 2568, date(2025, 7 + number, 1),
                                   time(9, 0), "ห้องประชุม")


def test_an_open_action_item_appears_in_the_next_agenda_until_it_is_done(meeting, agency_b):
    item = services.add_item(meeting, Section.FOR_DECISION, title="เว็บไซต์")
    resolution = services.record_resolution(item, "assigned", "ให้ปรับปรุงเว็บไซต์")
    action = ActionItem.objects.create(resolution=resolution, agency=agency_b,
                                       title="ปรับปรุงเว็บไซต์เทศบาล", due=date(2025, 9, 30))
    following = _next(meeting, 3)
    blocks = documents.agenda_blocks(following)
    rows = [b.table["rows"] for b in blocks if b.kind == "table"]
    assert rows and rows[0][0][1:3] == ["ปรับปรุงเว็บไซต์เทศบาล", agency_b.name_th]
    action.status = ActionStatus.DONE
    action.save()
    assert not _next(meeting, 4).items.filter(title=services.FOLLOW_UP_TITLE).exists()
