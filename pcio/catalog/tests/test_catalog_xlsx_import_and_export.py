"""The whole catalog as XLSX: exported, edited, imported back all-or-nothing."""

import io

import openpyxl
import pytest

from pcio.catalog import importing, services
from pcio.catalog.models import Dataset
from pcio.catalog.tests.conftest import valid_metadata
from pcio.lib.importer import ImportFailed, run_import


def workbook(rows):
    book = openpyxl.Workbook()
    columns = importing.columns()
    book.active.append(columns)
    for row in rows:
        book.active.append([", ".join(row[c]) if isinstance(row.get(c), list)
                            else row.get(c, "") for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_import_creates_and_updates_datasets(secretariat, agency_a, agency_b):
    services.ensure_groups()
    data = workbook([valid_metadata(groups="economy"),
                     valid_metadata(name="second", owner_org="B", title="ขยะมูลฝอย")])
    result = run_import(importing.CatalogImporter(secretariat), data, "catalog.xlsx")
    assert (result.created, result.updated) == (2, 0)
    assert Dataset.objects.get(name="nk-tourists").groups.get().name == "economy"
    again = workbook([valid_metadata(title="ชื่อใหม่")])
    assert run_import(importing.CatalogImporter(secretariat), again, "c.xlsx").updated == 1
    assert Dataset.objects.get(name="nk-tourists").title == "ชื่อใหม่"


def test_a_bad_row_is_named_and_nothing_is_written(secretariat, agency_a):
    data = workbook([valid_metadata(),
                     valid_metadata(name="bad", data_classification="ลับ"),
                     valid_metadata(name="nk-tourists", title="ซ้ำ")])
    with pytest.raises(ImportFailed) as caught:
        run_import(importing.CatalogImporter(secretariat), data, "catalog.xlsx")
    text = "\n".join(map(str, caught.value.problems))
    assert "แถวที่ 3" in text and "เปิดเผย" in text
    assert "แถวที่ 4" in text and "ซ้ำกับแถวที่ 2" in text
    assert not Dataset.objects.exists()


def test_an_officer_cannot_import_another_agencys_datasets(officer_a, agency_b):
    data = workbook([valid_metadata(owner_org="B")])
    with pytest.raises(ImportFailed) as caught:
        run_import(importing.CatalogImporter(officer_a), data, "catalog.xlsx")
    assert "ไม่มีสิทธิ์นำเข้าชุดข้อมูลของหน่วยงาน B" in str(caught.value)


def test_the_export_reads_back_as_an_import(client, secretariat, public_dataset):
    client.force_login(secretariat)
    response = client.get("/catalog/export.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    header = [c.value for c in book.active[1]]
    assert header[:4] == ["data_type", "data_type_other", "title", "name"]
    result = run_import(importing.CatalogImporter(secretariat), response.content, "c.xlsx")
    assert result.updated == 1


def test_the_import_page_names_the_bad_rows(client, secretariat, agency_a):
    client.force_login(secretariat)
    data = workbook([valid_metadata(maintainer_email="")])
    response = client.post("/catalog/import/", {"file": io.BytesIO(data)}, format="multipart")
    assert response.status_code == 400
    assert "แถวที่ 2" in response.content.decode()
