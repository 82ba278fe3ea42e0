"""Two agencies answer their questions; the secretariat sends one back and accepts it."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pcio.readiness.models import Assignment, Event, Status

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _act(client, assignment, action, **data):
    return client.post(reverse("readiness_act", args=[assignment.pk, action]), data)


def test_the_whole_cycle_with_history(client, question_a, officer_a, secretariat):
    mine = question_a.assignment
    client.force_login(officer_a)
    _act(client, mine, "save", answer="ใช่")
    _act(client, mine, "evidence", file=SimpleUploadedFile("plan.pdf", PDF), name="แผน")
    _act(client, mine, "submit", answer="ใช่")
    mine.refresh_from_db()
    assert mine.status == Status.SUBMITTED and mine.answer == "ใช่"

    client.force_login(secretariat)
    _act(client, mine, "return", comment="แนบมติที่ประชุมด้วย")
    mine.refresh_from_db()
    assert mine.status == Status.RETURNED and mine.review_comment == "แนบมติที่ประชุมด้วย"

    client.force_login(officer_a)
    _act(client, mine, "submit", answer="ใช่")
    client.force_login(secretariat)
    _act(client, mine, "accept")
    mine.refresh_from_db()
    assert mine.status == Status.ACCEPTED
    actions = list(Event.objects.filter(assignment=mine).values_list("action", flat=True))
    assert actions == ["saved", "evidence", "saved", "submitted", "returned", "saved",
                       "submitted", "accepted"]
    page = client.get(mine.get_absolute_url()).content.decode()
    assert "แนบมติที่ประชุมด้วย" in page and "ผ่านการตรวจ" in page


def test_an_officer_sees_only_their_own_agencys_questions(client, question_a, question_b,
                                                          officer_a):
    client.force_login(officer_a)
    todo = client.get(reverse("readiness_todo")).content.decode()
    assert "1.1" in todo and "4.1" not in todo
    assert client.get(question_b.assignment.get_absolute_url()).status_code == 403


def test_an_officer_cannot_answer_another_agencys_question(client, question_b, officer_a):
    client.force_login(officer_a)
    response = _act(client, question_b.assignment, "save", answer="ใช่")
    assert response.status_code == 403
    assert Assignment.objects.get(pk=question_b.assignment.pk).answer == ""


def test_a_submitted_answer_cannot_be_changed_by_the_officer(client, question_a, officer_a):
    client.force_login(officer_a)
    _act(client, question_a.assignment, "submit", answer="ใช่")
    _act(client, question_a.assignment, "save", answer="ไม่ใช่")
    assert Assignment.objects.get(pk=question_a.assignment.pk).answer == "ใช่"


def test_a_committee_member_reads_but_cannot_review(client, question_a, officer_a,
                                                    committee_member):
    client.force_login(officer_a)
    _act(client, question_a.assignment, "submit", answer="ใช่")
    client.force_login(committee_member)
    assert client.get(question_a.assignment.get_absolute_url()).status_code == 200
    _act(client, question_a.assignment, "accept")
    assert Assignment.objects.get(pk=question_a.assignment.pk).status == Status.SUBMITTED


def test_the_public_sees_no_question_of_any_agency(client, question_a):
    response = client.get(question_a.assignment.get_absolute_url())
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_supporting_agency_reads_but_cannot_answer(client, question_a, agency_b, officer_b):
    question_a.assignment.supporting.add(agency_b)
    client.force_login(officer_b)
    assert client.get(question_a.assignment.get_absolute_url()).status_code == 200
    _act(client, question_a.assignment, "save", answer="ใช่")
    assert Assignment.objects.get(pk=question_a.assignment.pk).answer == ""


def test_an_answer_must_be_one_of_the_choices(client, question_a, officer_a):
    client.force_login(officer_a)
    response = _act(client, question_a.assignment, "save", answer="อาจจะ")
    assert response.status_code == 302
    assert Assignment.objects.get(pk=question_a.assignment.pk).status == Status.ASSIGNED


def test_accepted_answers_give_an_estimated_pillar_score(client, question_a, make_question,
                                                         agency_a, due, officer_a,
                                                         secretariat):
    other = make_question("1.2")
    Assignment.objects.create(question=other, agency=agency_a, due=due)
    for question, answer in ((question_a, "ใช่"), (other, "ไม่ใช่")):
        client.force_login(officer_a)
        _act(client, question.assignment, "submit", answer=answer)
        client.force_login(secretariat)
        _act(client, question.assignment, "accept")
    board = client.get(reverse("readiness_board", args=[2568])).content.decode()
    assert "50.00" in board
