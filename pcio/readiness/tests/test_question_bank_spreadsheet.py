import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pcio.readiness.models import Question

COLUMNS = ["code", "pillar", "kind", "text", "choices", "points", "guidance", "is_sample"]


def _xlsx(rows):
    book = openpyxl.Workbook()
    book.active.append(COLUMNS)
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("bank.xlsx", out.getvalue())


def test_the_secretariat_imports_the_bank_and_exports_it_again(client, year_2568, secretariat):
    client.force_login(secretariat)
    upload = _xlsx([
        ["2.1", 2, "single", "ระดับการเปิดเผยข้อมูล", "ไม่มี | บางส่วน | ทั้งหมด",
         "ไม่มี=0; บางส่วน=5; ทั้งหมด=10", "ดูจากระบบบัญชีข้อมูล", 1],
        ["3.1", 3, "number", "จำนวนผู้ผ่านการอบรม", "", "", "", 0],
    ])
    response = client.post(reverse("readiness_questions", args=[2568]), {"file": upload})
    assert response.status_code == 200
    question = Question.objects.get(code="2.1")
    assert question.choice_list() == ["ไม่มี", "บางส่วน", "ทั้งหมด"]
    assert question.points == {"ไม่มี": 0, "บางส่วน": 5, "ทั้งหมด": 10}
    exported = client.get(reverse("readiness_questions_export", args=[2568]))
    rows = list(openpyxl.load_workbook(io.BytesIO(exported.content)).active
                .iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    assert rows[1][:6] == ("2.1", 2, "single", "ระดับการเปิดเผยข้อมูล",
                           "ไม่มี | บางส่วน | ทั้งหมด", "ไม่มี=0; บางส่วน=5; ทั้งหมด=10")


def test_a_bad_bank_is_refused_row_by_row_and_nothing_changes(client, year_2568, secretariat):
    client.force_login(secretariat)
    upload = _xlsx([
        ["1.1", 9, "yes_no", "ก", "", "", "", 0],
        ["1.2", 1, "essay", "ข", "", "", "", 0],
        ["1.3", 1, "single", "ค", "a|b", "a=หนึ่ง", "", 0],
        ["1.4", 1, "yes_no", "ง", "", "", "", 0],
        ["1.4", 1, "yes_no", "จ", "", "", "", 0],
    ])
    response = client.post(reverse("readiness_questions", args=[2568]), {"file": upload})
    html = response.content.decode()
    assert response.status_code == 400
    for line in ("แถวที่ 2", "แถวที่ 3", "แถวที่ 4", "แถวที่ 6"):
        assert line in html
    assert not Question.objects.exists()


def test_an_officer_cannot_import_questions(client, year_2568, officer_a):
    client.force_login(officer_a)
    response = client.post(reverse("readiness_questions", args=[2568]),
                           {"file": _xlsx([["1.1", 1, "yes_no", "ก", "", "", "", 0]])})
    assert response.status_code == 403
    assert not Question.objects.exists()
