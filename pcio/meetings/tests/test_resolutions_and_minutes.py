from datetime import date, time

from pcio.meetings import services
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
    services.record_resolution(item, "remarks", "ให้ปรับแผน")
    text = services.generate_minutes(meeting)
    assert "# ผู้มาประชุม\n1. นายประธาน ทดสอบ" in text
    assert "1. นางเลขา ทดสอบ (ติดราชการ)" in text
    assert "## 4.1 งบประมาณ" in text
    assert "มติที่ประชุม ที่ประชุมเห็นชอบ โดยมีข้อสังเกต ให้ปรับแผน" in text


def test_each_saved_edit_of_the_minutes_is_a_new_version(meeting):
    services.save_minutes(meeting, "ฉบับแรก")
    services.save_minutes(meeting, "ฉบับแก้ไข", note="แก้ชื่อ")
    assert [v.version for v in meeting.minutes_versions.all()] == [2, 1]
    assert services.current_minutes(meeting) == "ฉบับแก้ไข"
