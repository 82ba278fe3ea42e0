"""The attendance form reads each person's kind through pcio.lib.params.choice: a value not
in the list is a 400 naming the box, not stored (on PostgreSQL a long one was a 500)."""

from pcio.meetings import services
from pcio.meetings.models import Attendance


def test_an_unknown_kind_is_refused_and_nothing_changes(client, secretariat, meeting):
    services.fill_attendance(meeting)
    person = meeting.attendance.first()
    client.force_login(secretariat)
    response = client.post(f"/meetings/{meeting.pk}/attendance/",
                           {f"kind-{person.pk}": "ก" * 20})
    assert response.status_code == 400
    assert f"พารามิเตอร์ kind-{person.pk}: ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้" in response.content.decode()
    assert Attendance.objects.get(pk=person.pk).kind == Attendance.Kind.PRESENT


def test_a_kind_from_the_list_is_saved(client, secretariat, meeting):
    services.fill_attendance(meeting)
    person = meeting.attendance.first()
    client.force_login(secretariat)
    client.post(f"/meetings/{meeting.pk}/attendance/", {f"kind-{person.pk}": "absent"})
    assert Attendance.objects.get(pk=person.pk).kind == "absent"
