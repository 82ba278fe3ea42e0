import io

import openpyxl

from pcio.agencies import importing
from pcio.agencies.models import Agency, Website
from pcio.lib.importer import run_import


def test_an_exported_csv_imports_back_without_changes(client, committee_member, agency_a,
                                                     agency_b):
    Website.objects.create(agency=agency_a, url="https://nongkhai.nso.go.th")
    Agency.objects.filter(pk=agency_b.pk).update(name_en="=HYPERLINK(\"http://evil\")")
    client.force_login(committee_member)
    body = client.post("/agencies/export/", {"format": "csv"}).content
    assert "'=HYPERLINK" in body.decode("utf-8-sig")  # not a live formula in Excel
    result = run_import(importing.AgencyImporter(), body, "agencies.csv")
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)


def test_the_xlsx_export_has_a_row_per_agency_in_thai_order(client, committee_member, agency_a,
                                                           agency_b):
    client.force_login(committee_member)
    response = client.post("/agencies/export/", {"format": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[0][:2] == ("code", "name_th")
    assert [r[1] for r in rows[1:]] == ["เทศบาลเมืองหนองคาย", "สำนักงานสถิติจังหวัดหนองคาย"]


def test_the_public_cannot_export_contact_details(client, agency_a):
    assert client.post("/agencies/export/", {"format": "csv"}).status_code == 302
