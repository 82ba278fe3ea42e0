from datetime import date, time

from pcio.meetings import services
from pcio.meetings.minutes import minutes_lines, missing
from pcio.meetings.models import Attendance, Section, Status


def test_certifying_item_two_approves_the_previous_meetings_minutes(meeting):
    following = services.create_meeting(meeting.committee, 3, 2568, date(2025, 10, 1),
                                         time(13, 30), "ห้องประชุมทดสอบ")
    services.record_resolution(following.items.get(section=Section.MINUTES), "approved")
    meeting.refresh_from_db()
    following.refresh_from_db()
    assert meeting.status == Status.APPROVED and meeting.approved_at == following
    assert following.status == Status.HELD


def test_the_minutes_draft_lists_attendance_and_each_resolution(meeting):
    services.fill_attendance(meeting)
    absent = meeting.attendance.get(name="นางเลขา ทดสอบ")
    absent.kind, absent.reason = Attendance.Kind.ABSENT, "ติดราชการ"
    absent.save()
    item = services.add_item(meeting, Section.FOR_DECISION, title="งบประมาณ", presenter="ก")
    services.record_resolution(item, "remarks", "ให้ปรับแผน", votes_for=1, votes_against=0)
    lines = [(line.kind, line.text) for line in minutes_lines(meeting)]
    assert lines[:2] == [("h1", "ผู้มาประชุม"), ("person", "นายประธาน ทดสอบ")]
    assert ("person", "นางเลขา ทดสอบ (ติดราชการ)") in lines
    assert ("item", "4.1 งบประมาณ") in lines
    assert ("resolution", "ที่ประชุมเห็นชอบ โดยมีข้อสังเกต ให้ปรับแผน ด้วยคะแนนเสียง "
                          "เห็นด้วย 1 เสียง ไม่เห็นด้วย 0 เสียง") in lines


def test_what_is_not_recorded_is_left_blank_not_invented(meeting):
    lines = [(line.kind, line.text) for line in minutes_lines(meeting)]
    assert ("p", "เริ่มประชุมเวลา ........ น.") in lines
    assert ("p", "เลิกประชุมเวลา ........ น.") in lines
    assert {"ยังไม่ได้บันทึกการเข้าประชุม", "ยังไม่ได้ระบุผู้จดรายงานการประชุม"} <= set(
        missing(meeting))
