import io
from datetime import date, time

from pypdf import PdfReader

from pcio.meetings import documents, services
from pcio.meetings.models import Section


def test_a_new_meeting_asks_to_certify_the_previous_minutes_with_their_page_count(meeting):
    meeting.minutes_pages = 11
    meeting.save()
    following = services.create_meeting(meeting.committee, 3, 2568, date(2025, 10, 1),
                                         time(13, 30), "ห้องประชุมทดสอบ")
    item = following.items.get(section=Section.MINUTES)
    # stored as typed data; the documents print its digits as PCIO_DOCUMENT_DIGITS says
    assert "ครั้งที่ 2/2568" in item.body
    assert "เมื่อวันที่ 1 กรกฎาคม 2568 เวลา 09.30 น." in item.body
    assert "จำนวน 11 หน้า" in item.body


def test_the_first_meeting_of_a_committee_has_no_item_two(meeting):
    assert not meeting.items.filter(section=Section.MINUTES).exists()


def test_without_a_typed_count_the_pages_of_the_printed_minutes_are_counted(meeting):
    services.fill_attendance(meeting)
    item = services.add_item(meeting, Section.FOR_INFO, title="เรื่องยาว")
    services.record_resolution(item, "noted", discussion="\n".join(["ที่ประชุมอภิปราย " * 40] * 30))
    printed = len(PdfReader(io.BytesIO(documents.pdf(meeting, "minutes"))).pages)
    following = services.create_meeting(meeting.committee, 3, 2568, date(2025, 10, 1),
                                         time(13, 30), "ห้องประชุมทดสอบ")
    assert printed > 1
    assert f"จำนวน {printed} หน้า" in following.items.get(section=Section.MINUTES).body


def test_minutes_not_yet_written_give_no_page_count(meeting):
    following = services.create_meeting(meeting.committee, 3, 2568, date(2025, 10, 1),
                                         time(13, 30), "ห้องประชุมทดสอบ")
    assert "หน้า" not in following.items.get(section=Section.MINUTES).body
