"""After the deadline an officer's to-do list and the question's page say how late the answer
is; a question not yet due, or accepted, carries no warning."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from pcio.readiness.models import Assignment, Status


def _due_in(officer, days):
    assignment = Assignment.objects.get(agency=officer.profile.agency)
    assignment.due = timezone.localdate() + timedelta(days=days)
    assignment.save()
    return assignment


def test_the_to_do_list_and_the_question_page_say_it_is_overdue(client, officer_a, question_a):
    assignment = _due_in(officer_a, -10)
    client.force_login(officer_a)
    assert "เลยกำหนด 10 วัน" in client.get(reverse("readiness_todo")).content.decode()
    assert "เลยกำหนด 10 วัน" in client.get(assignment.get_absolute_url()).content.decode()


def test_no_warning_before_the_deadline_or_once_accepted(client, officer_a, question_a):
    assignment = _due_in(officer_a, 0)
    client.force_login(officer_a)
    assert "เลยกำหนด" not in client.get(reverse("readiness_todo")).content.decode()
    assignment = _due_in(officer_a, -3)
    assignment.status = Status.ACCEPTED
    assert assignment.days_overdue() == 0
