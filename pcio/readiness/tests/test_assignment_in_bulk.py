import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pcio.readiness.models import Assignment


def _csv(text):
    return SimpleUploadedFile("assign.csv", text.encode("utf-8"))


def test_the_secretariat_assigns_questions_from_a_spreadsheet(client, make_question, agency_a,
                                                              agency_b, secretariat):
    make_question("1.1")
    make_question("4.1", pillar=4)
    client.force_login(secretariat)
    response = client.post(reverse("readiness_assign_import", args=[2568]), {"file": _csv(
        "question,agency,supporting,due\n1.1,A,B,30/05/2568\n4.1,B,,6 พฤษภาคม 2568\n")})
    assert response.status_code == 200
    first = Assignment.objects.get(question__code="1.1")
    assert first.agency == agency_a and list(first.supporting.all()) == [agency_b]
    assert first.due == datetime.date(2025, 5, 30)
    assert Assignment.objects.get(question__code="4.1").due == datetime.date(2025, 5, 6)


def test_a_bad_assignment_file_changes_nothing(client, make_question, agency_a, secretariat):
    make_question("1.1")
    client.force_login(secretariat)
    response = client.post(reverse("readiness_assign_import", args=[2568]), {"file": _csv(
        "question,agency,due\n1.1,A,30/05/2568\n9.9,A,30/05/2568\n1.1,NOPE,31/02/2568\n")})
    html = response.content.decode()
    assert response.status_code == 400
    assert "ไม่พบข้อคำถาม" in html and "แถวที่ 4" in html
    assert not Assignment.objects.exists()


def test_the_secretariat_assigns_questions_on_the_board(client, make_question, agency_a,
                                                        agency_b, secretariat):
    make_question("1.1")
    make_question("1.2")
    client.force_login(secretariat)
    client.post(reverse("readiness_assign", args=[2568]),
                {"questions": "1.1, 1.2", "agency": "A", "supporting": "B",
                 "due": "2025-05-30"})
    assert [a.agency for a in Assignment.objects.all()] == [agency_a, agency_a]
    assert Assignment.objects.filter(supporting=agency_b).count() == 2
    board = client.get(reverse("readiness_board", args=[2568])).content.decode()
    assert "1.1" in board and agency_a.name_th in board


def test_an_officer_is_sent_from_the_board_to_their_to_do_list(client, year_2568, officer_a):
    client.force_login(officer_a)
    response = client.get(reverse("readiness_board", args=[2568]))
    assert response.status_code == 302 and response["Location"] == reverse("readiness_todo")


def test_an_unknown_question_code_on_the_board_assigns_nothing(client, make_question,
                                                               agency_a, secretariat):
    make_question("1.1")
    client.force_login(secretariat)
    response = client.post(reverse("readiness_assign", args=[2568]),
                           {"questions": "1.1 9.9", "agency": "A", "due": "2025-05-30"},
                           follow=True)
    assert "ไม่พบข้อคำถาม 9.9" in response.content.decode()
    assert not Assignment.objects.exists()


def test_the_board_filters_by_status_agency_and_pillar(client, question_a, question_b,
                                                        committee_member):
    client.force_login(committee_member)
    url = reverse("readiness_board", args=[2568])
    rows = client.get(url, {"agency": "B", "pillar": 4, "status": "assigned"}).content.decode()
    table = rows[rows.index('id="assignments"'):]
    assert "4.1" in table and "1.1" not in table
    empty = client.get(url, {"status": "accepted"}).content.decode()
    assert "4.1" not in empty[empty.index('id="assignments"'):]
