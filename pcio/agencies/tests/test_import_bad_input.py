import io

import openpyxl
import pytest

from pcio.agencies import importing
from pcio.agencies.models import Agency
from pcio.agencies.tests.conftest import csv_bytes
from pcio.lib.importer import ImportFailed, run_import

GOOD = "GOOD-1,หน่วยงานที่ถูกต้อง,,,provincial,,,,,,,,,0"


@pytest.fixture
def registry(nong_khai, make_agency):
    make_agency("KEEP", "หน่วยงานเดิม")
    return lambda: list(Agency.objects.values_list("code", "name_th").order_by("code"))


def _fails(data, name="agencies.csv", max_bytes=None):
    with pytest.raises(ImportFailed) as failure:
        run_import(importing.AgencyImporter(), data, name, max_bytes=max_bytes)
    return failure.value.problems


def test_it_rejects_a_file_without_required_columns(registry):
    before = registry()
    problems = _fails(csv_bytes("X,ชื่อ", header="code,name_th"))
    assert "type" in str(problems[0]) and problems[0].line == 1
    assert registry() == before


def test_it_names_every_bad_row_and_changes_nothing(registry):
    before = registry()
    problems = _fails(csv_bytes(
        GOOD,
        ",ไม่มีรหัส,,,provincial,,,,,,,,,0",
        "BAD-TYPE,ประเภทผิด,,,ministry,,,,,,,,,0",
        "BAD-MAIL,อีเมลผิด,,,provincial,,,,,,not-an-email,,,0",
        "BAD-FLAG,ค่าผิด,,,provincial,,,,,,,,,maybe",
        "BAD-DIST,อำเภอผิด,,,provincial,,,9999,,,,,,0",
        "BAD-WEB,เว็บผิด,,,provincial,,,,,,,,javascript:alert(1),0",
    ))
    assert [p.line for p in problems] == [3, 4, 5, 6, 7, 8]
    assert "code" in problems[0].message
    assert "ministry" in problems[1].message
    assert registry() == before


def test_it_rejects_duplicate_codes_within_the_file(registry):
    before = registry()
    problems = _fails(csv_bytes(GOOD, GOOD.replace("ที่ถูกต้อง", "ซ้ำ")))
    assert problems[0].line == 3 and "ซ้ำกับแถวที่ 2" in problems[0].message
    assert registry() == before


def test_it_rejects_an_unknown_parent(registry):
    before = registry()
    problems = _fails(csv_bytes("CHILD,ลูก,,,district,NO-SUCH-PARENT,,,,,,,,0"))
    assert "NO-SUCH-PARENT" in problems[0].message
    assert registry() == before


def test_it_rejects_a_file_that_is_not_a_spreadsheet(registry):
    before = registry()
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    assert "ไม่ใช่ตาราง" in _fails(png, "agencies.csv")[0].message
    assert "XLSX" in _fails(b"PK\x03\x04broken zip", "agencies.xlsx")[0].message
    assert registry() == before


def test_it_rejects_a_50_mb_file_before_reading_it(registry):
    before = registry()
    big = csv_bytes(GOOD) + b"x" * (50 * 1024 * 1024)
    problems = _fails(big, max_bytes=10 * 1024 * 1024)
    assert "ใหญ่เกิน" in problems[0].message
    assert registry() == before


def test_a_wrong_type_in_an_xlsx_cell_is_named(registry):
    book = openpyxl.Workbook()
    book.active.append(["code", "name_th", "type", "is_sample"])
    book.active.append(["X1", "หน่วยงาน", "provincial", "บางที"])
    out = io.BytesIO()
    book.save(out)
    problems = _fails(out.getvalue(), "a.xlsx")
    assert problems[0].line == 2 and "is_sample" in problems[0].message
