"""Import and export as XLSX: all-or-nothing, every bad row named, checks kept."""

import io
from datetime import date

import openpyxl
import pytest

from pcio.compliance import importing
from pcio.compliance.models import Channel, Kind, Record
from pcio.lib.importer import ImportFailed, run_import


def xlsx(rows, columns=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(columns or importing.COLUMNS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _row(code, **values):
    return [code, *[values.get(c, "") for c in importing.COLUMNS[1:]]]


def _import(data):
    return run_import(importing.ComplianceImporter(), data, "compliance.xlsx")


def test_it_loads_what_agencies_sent_in(agency_a, agency_b):
    result = _import(xlsx([
        _row("A", info_announced_on="30 กันยายน 2567", email="saraban@nso.go.th",
             facebook="https://www.facebook.com/nso", facebook_verified="ใช่",
             staff_systems="https://e.nso.go.th https://hr.nso.go.th",
             workd_services="mail chat", workd_requested=20, workd_domain="@nongkhai.go.th"),
        _row("B", eoffice_since=date(2021, 10, 1), eoffice_system="e-Office"),
    ]))
    assert result.created == 2
    record = Record.objects.get(agency=agency_a)
    assert record.info_announced_on == date(2024, 9, 30)
    assert (record.workd_mail, record.workd_meet, record.workd_domain) == \
        (True, False, "nongkhai.go.th")
    assert agency_a.channels.filter(section=16).count() == 2
    assert agency_a.channels.get(kind=Kind.FACEBOOK).meta_verified
    assert Record.objects.get(agency=agency_b).eoffice_since == date(2021, 10, 1)


def test_every_bad_row_is_named_and_nothing_is_written(agency_a, agency_b):
    with pytest.raises(ImportFailed) as failed:
        _import(xlsx([
            _row("A", info_announced_on="30 กันยายน 2567"),
            _row("NOPE"),
            _row("B", email="not-an-address", info_announced_on="พรุ่งนี้"),
        ]))
    messages = [str(p) for p in failed.value.problems]
    assert messages[0].startswith("แถวที่ 3:") and "NOPE" in messages[0]
    assert messages[1].startswith("แถวที่ 4:") and "อีเมล" in messages[1]
    assert "อ่านวันที่ไม่ได้" in messages[1]
    assert not Record.objects.exists() and not Channel.objects.exists()


def test_a_failed_import_leaves_earlier_data_intact(agency_a, channel_for):
    channel = channel_for(agency_a, Kind.EMAIL, "old@nso.go.th")
    with pytest.raises(ImportFailed):
        _import(xlsx([_row("A", email="new@nso.go.th"), _row("A", email="x@nso.go.th")]))
    assert list(agency_a.channels.values_list("pk", "value")) == [(channel.pk, "old@nso.go.th")]


def test_columns_left_out_of_the_file_are_not_changed(agency_a, channel_for):
    channel_for(agency_a, Kind.EMAIL, "saraban@nso.go.th")
    _import(xlsx([["A", "2567-09-30"]], columns=["agency_code", "info_announced_on"]))
    assert agency_a.channels.get().value == "saraban@nso.go.th"


def test_an_unchanged_channel_keeps_its_check_result(agency_a, channel_for):
    channel = channel_for(agency_a, Kind.WEB_FORM, "https://nso.go.th/form", check_ok=False)
    _import(xlsx([_row("A", web_form="https://nso.go.th/form https://nso.go.th/new")]))
    channel.refresh_from_db()
    assert channel.check_ok is False
    assert agency_a.channels.count() == 2


def test_export_then_import_changes_nothing(client, secretariat, complete_agency, agency_a):
    client.force_login(secretariat)
    response = client.get("/compliance/export/")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    before = sorted(Channel.objects.values_list("agency_id", "kind", "value", "meta_verified"))
    result = _import(response.content)
    assert (result.updated, result.unchanged) == (0, 1)
    assert result.created == 1  # agency_a had no record yet
    after = sorted(Channel.objects.values_list("agency_id", "kind", "value", "meta_verified"))
    assert after == before


def test_the_import_page_shows_problems_in_thai(client, secretariat, agency_a):
    client.force_login(secretariat)
    upload = io.BytesIO(xlsx([_row("A", workd_services="zoom")]))
    upload.name = "compliance.xlsx"
    response = client.post("/compliance/import/", {"kind": "compliance", "file": upload})
    assert response.status_code == 400
    assert "ไม่รู้จักบริการ workD zoom" in response.content.decode()


def test_monthly_e_office_volumes_are_imported_and_bad_months_named(client, secretariat,
                                                                    agency_a):
    from pcio.compliance.models import EofficeVolume

    client.force_login(secretariat)
    rows = [["A", "2568-01", 820], ["A", date(2025, 2, 1), 910]]
    upload = io.BytesIO(xlsx(rows, columns=importing.VOLUME_COLUMNS))
    upload.name = "volumes.xlsx"
    assert client.post("/compliance/import/", {"kind": "volumes", "file": upload}).status_code \
        == 200
    assert list(EofficeVolume.objects.values_list("month", "documents")) == [
        (date(2025, 1, 1), 820), (date(2025, 2, 1), 910)]
    bad = io.BytesIO(xlsx([["A", "2568-03", 5], ["A", "มีนา", 7]],
                          columns=importing.VOLUME_COLUMNS))
    bad.name = "volumes.xlsx"
    response = client.post("/compliance/import/", {"kind": "volumes", "file": bad})
    assert response.status_code == 400
    assert "แถวที่ 3: อ่านเดือนไม่ได้" in response.content.decode()
    assert EofficeVolume.objects.count() == 2
