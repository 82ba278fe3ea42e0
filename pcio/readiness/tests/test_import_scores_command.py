import io

import pytest
from django.core.management import CommandError, call_command

from pcio.readiness.models import Score


def _write(tmp_path, text, name="scores.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_imports_scores_by_province_code_or_name(years, tmp_path):
    path = _write(tmp_path, "year,unit,pillar,score\n2568,43,1,80.5\n2568,หนองคาย,2,61\n")
    out = io.StringIO()
    call_command("readiness", "import-scores", path, stdout=out)
    assert "เพิ่ม 2" in out.getvalue()
    assert Score.objects.filter(year__year=2568).count() == 2


def test_it_names_every_bad_row_and_writes_nothing(years, tmp_path):
    before = Score.objects.count()
    path = _write(tmp_path, "year,unit,pillar,score\n"
                            "2568,43,8,50\n"        # pillar outside 1-7
                            "2568,43,1,101\n"       # score outside 0-100
                            "2599,43,1,50\n"        # year with no weights
                            "2568,43,2,50\n"
                            "2568,หนองคาย,2,51\n"   # duplicate of the row above
                            "2568,ไม่มีจังหวัดนี้,3,50\n")
    with pytest.raises(CommandError) as error:
        call_command("readiness", "import-scores", path)
    message = str(error.value)
    for line in ("แถวที่ 2", "แถวที่ 3", "แถวที่ 4", "แถวที่ 6", "แถวที่ 7"):
        assert line in message
    assert "1–7" in message and "ยังไม่มีน้ำหนัก" in message and "ซ้ำ" in message
    assert "แถวที่ 5:" not in message
    assert Score.objects.count() == before


def test_it_reads_xlsx(years, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["year", "unit", "pillar", "score"])
    book.active.append([2568, "Nong Khai", 7, 99.999])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    call_command("readiness", "import-scores", str(path), stdout=io.StringIO())
    assert str(Score.objects.get(year__year=2568, pillar=7).score) == "100.00"


def test_the_secretariat_imports_scores_on_the_page_and_an_officer_cannot(
        client, years, secretariat, officer_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    def upload():
        return SimpleUploadedFile("s.csv", b"year,unit,pillar,score\n2568,43,1,70\n")

    client.force_login(officer_a)
    assert client.post("/readiness/import/", {"file": upload()}).status_code == 403
    client.force_login(secretariat)
    response = client.post("/readiness/import/", {"file": upload()})
    assert response.status_code == 200 and "เพิ่ม 1" in response.content.decode()
    assert Score.objects.filter(year__year=2568).count() == 1
