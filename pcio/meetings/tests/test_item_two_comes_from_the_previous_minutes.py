from datetime import date, time

from pcio.meetings import services
from pcio.meetings.models import Section


def test_a_new_meeting_asks_to_certify_the_previous_minutes_with_their_page_count(meeting):
    meeting.minutes_pages = 11
    meeting.save()
    following = services.create_meeting(meeting.committee, 3, 2568, date(2025, 10, 1),
                                         time(13, 30), "ห้องประชุมทดสอบ")
    item = following.items.get(section=Section.MINUTES)
    assert "ครั้งที่ 2/๒๕๖๘" in item.body
    assert "เมื่อวันที่ 1 กรกฎาคม ๒๕๖๘ เวลา 09.30 น." in item.body
    assert "จำนวน 11 หน้า" in item.body


def test_the_first_meeting_of_a_committee_has_no_item_two(meeting):
    assert not meeting.items.filter(section=Section.MINUTES).exists()
