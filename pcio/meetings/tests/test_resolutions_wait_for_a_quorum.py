from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import Attendance, Member, Resolution, Section


def test_half_of_all_members_make_a_quorum(meeting):
    services.fill_attendance(meeting)
    assert meeting.quorum() == (2, 2, 1) and meeting.has_quorum()
    meeting.attendance.update(kind=Attendance.Kind.ABSENT)
    assert not meeting.has_quorum()


def test_the_committee_may_set_its_own_quorum(meeting):
    Member.objects.create(committee=meeting.committee, name="กรรมการคนที่สาม")
    meeting.committee.quorum_percent = 100
    meeting.committee.save()
    services.fill_attendance(meeting)
    meeting.attendance.filter(name="กรรมการคนที่สาม").update(kind=Attendance.Kind.ABSENT)
    assert meeting.quorum() == (2, 3, 3) and not meeting.has_quorum()


def test_guests_do_not_count_towards_the_quorum(meeting):
    services.fill_attendance(meeting)
    meeting.attendance.update(kind=Attendance.Kind.ABSENT)
    Attendance.objects.create(meeting=meeting, name="แขก", kind=Attendance.Kind.GUEST)
    assert meeting.quorum()[0] == 0


def test_without_a_quorum_the_run_page_says_so_and_no_resolution_is_recorded(
        client, secretariat, meeting):
    item = services.add_item(meeting, Section.FOR_INFO, title="เรื่องทดสอบ")
    services.fill_attendance(meeting)
    meeting.attendance.update(kind=Attendance.Kind.ABSENT)
    client.force_login(secretariat)
    page = client.get(reverse("meeting_run", args=[meeting.pk])).content.decode()
    assert "ไม่ครบองค์ประชุม" in page
    client.post(reverse("meeting_resolve", args=[item.pk]), {"outcome": "noted"})
    assert not Resolution.objects.filter(item=item).exists()
