"""Local administrations come from the Department of Local Administration's list (Thai headers
รหัส อปท./ชื่อ อปท./ประเภท/อำเภอ, its type names and abbreviations) through the agency importer."""

from pathlib import Path

import openpyxl
import pytest

from pcio.agencies import importing
from pcio.agencies.models import Agency, AgencyType
from pcio.lib.importer import ImportFailed, run_import
from pcio.lib.testing import exit_code

SAMPLE = Path(__file__).resolve().parents[3] / "docs" / "samples" / "dla_local_admins_41.csv"


@pytest.fixture
def udon_thani(db):
    assert exit_code("setup", "--province", "41") == 0


def test_the_sample_in_the_docs_imports_with_types_districts_and_full_names(udon_thani):
    assert exit_code("agencies", "import", SAMPLE) == 0
    city = Agency.objects.get(code="3410101")
    assert (city.name_th, city.type) == ("เทศบาลนครอุดรธานี", AgencyType.MUNICIPALITY)
    assert (city.district.code, city.province.code) == ("4101", "41")
    assert Agency.objects.get(code="5410103").name_th == "เทศบาลตำบลหนองบัว"
    sao = Agency.objects.get(code="6410104")
    assert (sao.name_th, sao.type) == ("องค์การบริหารส่วนตำบลหนองไผ่", AgencyType.SAO)
    assert Agency.objects.get(code="6410202").district.name_th == "กุดจับ"
    assert Agency.objects.get(code="6411702").district.code == "4117"
    local = Agency.objects.filter(type__in=AgencyType.local_administrations(),
                                  district__province__code="41")
    assert local.count() == 10


def test_importing_it_again_changes_nothing(udon_thani, capsys):
    assert exit_code("agencies", "import", SAMPLE) == 0
    assert exit_code("agencies", "import", SAMPLE) == 0
    assert "เพิ่ม 0 แก้ไข 0 ไม่เปลี่ยน 10" in capsys.readouterr().out


def test_an_xlsx_of_the_same_list_reads_the_same(udon_thani, tmp_path):
    book = openpyxl.Workbook()
    rows = [line.split(",") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        book.active.append([int(v) if v.isdigit() else v for v in row])
    book.save(tmp_path / "dla.xlsx")
    result = run_import(importing.AgencyImporter(), tmp_path / "dla.xlsx", "dla.xlsx")
    assert result.created == 10
    assert Agency.objects.get(code="5411701").name_th == "เทศบาลตำบลบ้านผือ"


def test_an_unknown_type_or_district_names_the_row(udon_thani):
    data = ("รหัส อปท.,ชื่อ อปท.,ประเภท,อำเภอ\n"
            "6419901,นาดี,สภาตำบล,เมืองอุดรธานี\n"
            "6419902,นาดี,อบต.,ไม่มีอำเภอนี้\n").encode()
    with pytest.raises(ImportFailed) as failed:
        run_import(importing.AgencyImporter(), data, "dla.csv")
    message = str(failed.value)
    assert "แถวที่ 2" in message and "สภาตำบล" in message
    assert "แถวที่ 3" in message and "ไม่มีอำเภอนี้" in message
    assert not Agency.objects.filter(code__startswith="64199").exists()
