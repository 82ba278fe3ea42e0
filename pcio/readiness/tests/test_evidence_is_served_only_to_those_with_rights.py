from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pcio.readiness.models import Evidence

PDF = b"%PDF-1.4\nsecret plan\n%%EOF\n"


def _upload(client, assignment, name, content):
    return client.post(reverse("readiness_act", args=[assignment.pk, "evidence"]),
                       {"file": SimpleUploadedFile(name, content)})


def test_only_the_agency_the_secretariat_and_the_committee_download_evidence(
        client, question_a, officer_a, officer_b, secretariat, committee_member, settings):
    client.force_login(officer_a)
    _upload(client, question_a.assignment, "plan.pdf", PDF)
    evidence = Evidence.objects.get()
    url = reverse("readiness_evidence", args=[evidence.pk])
    assert evidence.file.path.startswith(str(settings.MEDIA_ROOT))
    assert "plan" not in evidence.file.name  # stored under a random name
    assert b"".join(client.get(url).streaming_content) == PDF
    for user in (secretariat, committee_member):
        client.force_login(user)
        assert client.get(url).status_code == 200
    client.force_login(officer_b)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_evidence_is_downloaded_not_shown_inline(client, question_a, officer_a):
    client.force_login(officer_a)
    _upload(client, question_a.assignment, "plan.pdf", PDF)
    response = client.get(reverse("readiness_evidence", args=[Evidence.objects.get().pk]))
    assert response["Content-Disposition"].startswith("attachment")


def test_a_file_type_that_is_not_allowed_is_refused(client, question_a, officer_a):
    client.force_login(officer_a)
    response = _upload(client, question_a.assignment, "tool.exe", b"MZ\x90\x00")
    assert not Evidence.objects.exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("ไม่รับไฟล์ชนิด .exe" in m for m in messages)


def test_a_file_whose_content_does_not_match_its_name_is_refused(client, question_a,
                                                                 officer_a):
    client.force_login(officer_a)
    _upload(client, question_a.assignment, "plan.pdf", b"<html><script>")
    assert not Evidence.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, question_a, officer_a, settings):
    settings.PCIO_READINESS_EVIDENCE_MAX_MB = 1
    client.force_login(officer_a)
    _upload(client, question_a.assignment, "big.pdf", PDF + b"0" * (1024 * 1024))
    assert not Evidence.objects.exists()


def test_a_link_can_be_evidence(client, question_a, officer_a):
    client.force_login(officer_a)
    client.post(reverse("readiness_act", args=[question_a.assignment.pk, "evidence"]),
                {"link": "https://www.nongkhai.go.th/plan", "name": "แผนบนเว็บ"})
    assert Evidence.objects.get().link == "https://www.nongkhai.go.th/plan"


def test_a_file_question_cannot_be_submitted_without_evidence(client, make_question, agency_a,
                                                              due, officer_a):
    from pcio.readiness.models import Assignment, Status

    question = make_question("1.3", kind="file", points={"มีหลักฐาน": 10})
    assignment = Assignment.objects.create(question=question, agency=agency_a, due=due)
    client.force_login(officer_a)
    response = client.post(reverse("readiness_act", args=[assignment.pk, "submit"]),
                           {"answer": ""})
    assert Assignment.objects.get(pk=assignment.pk).status != Status.SUBMITTED
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "ข้อนี้ต้องแนบหลักฐานก่อนส่ง" in messages
