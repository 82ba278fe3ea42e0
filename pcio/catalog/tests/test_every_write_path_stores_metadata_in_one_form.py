"""A dataset's metadata is stored in one form per field whichever way it was written: the
form, the demo, a spreadsheet, a harvest, the CKAN API or plain ORM code. Before, the form
kept update_frequency_interval and the years as numbers and the rest as text, so saving
unchanged changed what CKAN clients read."""

import importlib
import io
import json

import openpyxl
import pytest

from pcio.catalog import demo, harvest, importing, schema, services
from pcio.catalog.models import Dataset, HarvestSource
from pcio.catalog.tests.conftest import valid_metadata
from pcio.lib.importer import run_import

STORED = {"update_frequency_interval": "1", "first_year_of_data": "2560",
          "last_year_of_data": "2567", "last_updated_date": "2025-01-31",
          "data_format": ["CSV"]}
AS_NUMBERS = {"update_frequency_interval": 1, "first_year_of_data": 2560,
              "last_year_of_data": 2567}


def stored(name="nk-tourists"):
    extras = Dataset.objects.get(name=name).extras
    return {key: extras[key] for key in STORED}


@pytest.fixture
def groups(db):
    services.ensure_groups()


def test_the_dataset_form(client, officer_a, groups):
    client.force_login(officer_a)
    data = valid_metadata(first_year_of_data="2560", last_year_of_data="2567")
    assert client.post("/catalog/new/", data).status_code == 302
    assert stored() == STORED


def test_the_ckan_api_with_numbers_and_with_text(client, officer_a, token_for, groups):
    for name, values in (("as-numbers", AS_NUMBERS), ("as-text", {})):
        body = valid_metadata(**{"name": name, "first_year_of_data": "2560",
                                 "last_year_of_data": "2567",
                                 "last_updated_date": "2025-01-31T00:00:00", **values})
        response = client.post("/api/3/action/package_create", json.dumps(body),
                               content_type="application/json",
                               HTTP_AUTHORIZATION=token_for(officer_a))
        assert response.status_code == 200, response.content
        assert stored(name) == STORED
    response = client.post("/api/3/action/package_patch",
                           json.dumps({"id": "as-text", "update_frequency_interval": 1}),
                           content_type="application/json",
                           HTTP_AUTHORIZATION=token_for(officer_a))
    assert response.status_code == 200 and stored("as-text") == STORED


def test_a_spreadsheet(secretariat, agency_a, groups):
    book = openpyxl.Workbook()
    row = valid_metadata(first_year_of_data=2560, last_year_of_data=2567,
                         update_frequency_interval=1)
    book.active.append(importing.columns())
    book.active.append([", ".join(row[c]) if isinstance(row.get(c), list) else row.get(c, "")
                        for c in importing.columns()])
    out = io.BytesIO()
    book.save(out)
    run_import(importing.CatalogImporter(secretariat), out.getvalue(), "catalog.xlsx")
    assert stored() == STORED


def test_a_harvest(agency_a, groups):
    source = HarvestSource.objects.create(url="https://gdcatalog.example.go.th",
                                          organization=agency_a)
    package = valid_metadata(**AS_NUMBERS)
    services.save_dataset(harvest.to_metadata(package, source), harvest_source=source.url)
    assert stored() == STORED


def test_the_demo_and_code_that_writes_the_model_directly(make_agency, groups):
    make_agency("NSO-NK")
    services.save_dataset(demo.metadata({"id": "r001", "agency": "NSO-NK", "title": "ก",
                                         "tags": ["ข"], "notes": "ค"}, 0))
    assert Dataset.objects.get(name="nk-r001").extras["first_year_of_data"] == "2560"
    dataset = Dataset.objects.get(name="nk-r001")
    dataset.extras.update(AS_NUMBERS, west_bound_longitude=102.5, data_language="ไทย, ลาว")
    dataset.save()
    dataset.refresh_from_db()
    assert {k: dataset.extras[k] for k in AS_NUMBERS} == {k: STORED[k] for k in AS_NUMBERS}
    assert dataset.extras["west_bound_longitude"] == "102.5"
    assert dataset.extras["data_language"] == ["ไทย", "ลาว"]


def test_the_stored_form_of_each_kind_is_stable():
    for name, value, form in (("update_frequency_interval", 1.0, "1"),
                              ("first_year_of_data", " 2560 ", "2560"),
                              ("west_bound_longitude", "102.10", "102.1"),
                              ("north_bound_longitude", 18, "18"),
                              ("last_updated_date", "2025-01-31T08:00:00+07:00", "2025-01-31"),
                              ("objective", "ก, ข", ["ก", "ข"]),
                              ("allow_harvest", True, "True"),
                              ("first_year_of_data", "ปีนี้", "ปีนี้")):
        assert schema.canonical(name, value) == form
        assert schema.canonical(name, form) == form


step = importlib.import_module("pcio.catalog.migrations.0006_one_stored_form_per_field")


def test_the_migration_rewrites_what_is_stored_in_another_form():
    extras = {"update_frequency_interval": 1, "first_year_of_data": 2560,
              "west_bound_longitude": 102.0, "data_format": "CSV", "maintainer": " ฝ่าย ",
              "allow_harvest": "True", "created_date": ""}
    assert step.convert(extras) == {
        "update_frequency_interval": "1", "first_year_of_data": "2560",
        "west_bound_longitude": "102", "data_format": ["CSV"], "maintainer": "ฝ่าย",
        "allow_harvest": "True"}


@pytest.mark.django_db(transaction=True)
def test_the_migration_runs_over_stored_datasets(agency_a, migrate):
    apps = migrate(("catalog", "0005_gd_catalog_values"))
    Dataset = apps.get_model("catalog", "Dataset")
    dataset = Dataset.objects.create(name="old", title="ชุดเก่า", organization_id=agency_a.pk,
                                     extras={"update_frequency_interval": 1})
    migrate(("catalog", "0006_one_stored_form_per_field"))
    dataset.refresh_from_db()
    assert dataset.extras == {"update_frequency_interval": "1"}
