import io

import openpyxl
from auditlog.models import LogEntry

from pcio.agencies import importing
from pcio.agencies.models import Agency
from pcio.agencies.tests.conftest import csv_bytes
from pcio.lib.importer import run_import

ROWS = [
    "PO-NK,สำนักงานจังหวัดหนองคาย,Nong Khai Provincial Office,,provincial,,43,4301,"
    "นายสมชาย ใจดี,042-411-111,saraban@nongkhai.go.th,nongkhai.go.th,https://www.nongkhai.go.th,0",
    "DIST-4301,ที่ว่าการอำเภอเมืองหนองคาย,,,district,PO-NK,43,เมืองหนองคาย,,,,,,0",
]


def _import(data, name="agencies.csv"):
    return run_import(importing.AgencyImporter(), data, name)


def test_it_creates_agencies_with_parent_district_and_website(nong_khai):
    result = _import(csv_bytes(*ROWS))
    assert (result.created, result.updated) == (2, 0)
    district_office = Agency.objects.get(code="DIST-4301")
    assert district_office.parent.code == "PO-NK"
    assert district_office.district.name_th == "เมืองหนองคาย"
    office = Agency.objects.get(code="PO-NK")
    assert [w.url for w in office.websites.all()] == ["https://www.nongkhai.go.th"]
    assert office.contact_name == "นายสมชาย ใจดี"


def test_importing_the_same_file_twice_changes_nothing(nong_khai):
    _import(csv_bytes(*ROWS))
    entries = LogEntry.objects.count()
    before = list(Agency.objects.values().order_by("code"))
    result = _import(csv_bytes(*ROWS))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert list(Agency.objects.values().order_by("code")) == before
    assert LogEntry.objects.count() == entries


def test_it_accepts_a_child_listed_before_its_parent(nong_khai):
    result = _import(csv_bytes(ROWS[1], ROWS[0]))
    assert result.created == 2
    assert Agency.objects.get(code="DIST-4301").parent.code == "PO-NK"


def test_it_reads_a_tis620_csv_saved_by_excel(nong_khai):
    _import(csv_bytes(*ROWS, encoding="cp874"))
    assert Agency.objects.get(code="PO-NK").name_th == "สำนักงานจังหวัดหนองคาย"


def test_it_reads_xlsx_with_thai_type_labels_and_numeric_codes(nong_khai):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["code", "name_th", "type", "district"])
    sheet.append([4399, "เทศบาลตำบลตัวอย่าง", "เทศบาล", 4301])
    out = io.BytesIO()
    book.save(out)
    _import(out.getvalue(), "agencies.xlsx")
    agency = Agency.objects.get(code="4399")
    assert agency.type == "municipality"
    assert agency.district.code == "4301"


def test_an_update_changes_only_the_row_that_differs(nong_khai):
    _import(csv_bytes(*ROWS))
    changed = ROWS[1].replace("ที่ว่าการอำเภอเมืองหนองคาย", "ที่ว่าการอำเภอเมืองหนองคาย (ใหม่)")
    result = _import(csv_bytes(ROWS[0], changed))
    assert (result.updated, result.unchanged) == (1, 1)
    assert Agency.objects.get(code="DIST-4301").name_th.endswith("(ใหม่)")
