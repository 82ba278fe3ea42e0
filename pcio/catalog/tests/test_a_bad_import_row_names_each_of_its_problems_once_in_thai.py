"""One bad row in a catalog import is reported as its real problems, each once, in Thai and
by the column's Thai label: no cascade of messages caused by the first problem (a misspelt
data type once ruled out every other field: about 25 messages), no problem hidden behind
another (an unknown agency hid the rest), and nothing is written."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pcio.catalog import importing
from pcio.catalog.models import Dataset
from pcio.catalog.tests.conftest import valid_metadata
from pcio.lib.importer import ImportFailed, run_import


def csv_file(rows) -> bytes:
    columns = importing.columns()
    lines = [",".join(columns)]
    for row in rows:
        lines.append(",".join('"{}"'.format(", ".join(v) if isinstance(v, list) else v)
                              for v in (row.get(c, "") for c in columns)))
    return ("\n".join(lines) + "\n").encode()


def problems(user, rows) -> list:
    with pytest.raises(ImportFailed) as caught:
        run_import(importing.CatalogImporter(user), csv_file(rows), "catalog.csv")
    assert not Dataset.objects.exists()
    return [str(p) for p in caught.value.problems]


def good(n):
    return valid_metadata(name=f"nk-good-{n}")


def test_a_bad_email_and_a_negative_interval_are_the_only_messages(client, secretariat,
                                                                     agency_a):
    bad = valid_metadata(name="nk-bad", maintainer_email="abc", update_frequency_interval="-2")
    body = csv_file([good(1), good(2), good(3), bad, good(4)])
    client.force_login(secretariat)
    response = client.post("/catalog/import/", {"file": SimpleUploadedFile("c.csv", body)})
    assert response.status_code == 400
    shown = re.findall(r"<li>(แถวที่[^<]*)</li>", response.content.decode())
    assert [s.replace("&#x27;", "'") for s in shown] == [
        "แถวที่ 5: อีเมลผู้ติดต่อ 'abc' ไม่ใช่อีเมล; ค่าความถี่ของการปรับปรุงข้อมูล ต้องไม่ติดลบ"]
    assert not Dataset.objects.exists()


def test_a_misspelt_data_type_is_one_message_not_one_per_field(secretariat, agency_a):
    found = problems(secretariat, [good(1), valid_metadata(data_type="สถิติ")])
    assert found == ["แถวที่ 3: ประเภทชุดข้อมูล: ไม่มีตัวเลือก สถิติ"]


def test_an_unknown_agency_does_not_hide_the_rows_other_problems(secretariat, agency_a):
    found = problems(secretariat, [valid_metadata(owner_org="ZZ", maintainer_email="abc")])
    assert found == ["แถวที่ 2: หน่วยงานเจ้าของข้อมูล: ไม่พบหน่วยงานรหัส 'ZZ'; "
                     "อีเมลผู้ติดต่อ 'abc' ไม่ใช่อีเมล"]


def test_a_misspelt_classification_is_not_also_a_broken_classification_rule(secretariat,
                                                                            agency_a):
    found = problems(secretariat, [valid_metadata(data_classification="เปิด")])
    assert found == ["แถวที่ 2: ระดับชั้นข้อมูล: ไม่มีตัวเลือก เปิด"]


def test_a_date_people_cannot_read_is_named_once(secretariat, agency_a):
    found = problems(secretariat, [valid_metadata(last_updated_date="31 ม.ค.")])
    assert found == ["แถวที่ 2: วันที่ปรับปรุงข้อมูลล่าสุด '31 ม.ค.' ไม่ใช่วันที่ (เช่น 31/01/2568)"]
