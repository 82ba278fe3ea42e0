"""Migration 0005: metadata stored under pcio's former names and values is rewritten in
ckanext-thai_gdc's, losing nothing the officer wrote."""

import importlib

import pytest

step = importlib.import_module("pcio.catalog.migrations.0005_gd_catalog_values")
BEFORE, AFTER = ("catalog", "0004_resource_link_check"), ("catalog", "0005_gd_catalog_values")


def test_the_bounding_box_and_the_yes_no_fields_take_the_extension_names_and_values():
    extras = step.convert({"north_bound_latitude": "18.2", "south_bound_latitude": "17.5",
                           "allow_harvest": "Yes"}, "ข้อมูลภูมิสารสนเทศเชิงพื้นที่")
    assert extras == {"north_bound_longitude": "18.2", "south_bound_longitude": "17.5",
                      "allow_harvest": "True"}
    assert step.convert({"official_statistics": "ไม่ใช่"}, "ข้อมูลสถิติ") == {
        "official_statistics": "False"}


def test_a_value_without_a_counterpart_moves_to_the_other_field():
    extras = step.convert({"data_format": ["CSV", "API", "DOC", "KML"],
                           "geo_coverage": "ลุ่มน้ำ", "equivalent_scale": "1:1000000"},
                          "ข้อมูลภูมิสารสนเทศเชิงพื้นที่")
    assert extras["data_format"] == ["CSV", "อื่นๆ", "DOC/DOCX"]
    assert extras["data_format_other"] == "API, KML"
    assert (extras["geo_coverage"], extras["geo_coverage_other"]) == ("อื่นๆ", "ลุ่มน้ำ")
    assert extras["equivalent_scale_other"] == "1:1000000"


def test_fields_the_extension_does_not_show_for_the_type_are_dropped():
    mixed = step.convert({"unit_of_measure": "คน", "west_bound_longitude": "102",
                          "created_date": "2025-01-01"}, "ข้อมูลหลากหลายประเภท")
    assert mixed == {"created_date": "2025-01-01"}
    assert step.convert({"created_date": "2025-01-01"}, "ข้อมูลสถิติ") == {}


def test_licences_take_the_gd_catalog_names_and_the_rest_say_which_in_other():
    assert step.relicense("Open-D", {}) == ("Open Data Common", {})
    assert step.relicense("other-closed", {}) == ("อื่นๆ", {
        "license_id_other": "อื่น ๆ (ไม่เปิดเผย)"})


@pytest.mark.django_db(transaction=True)
def test_the_migration_rewrites_stored_datasets_and_their_format_facets(agency_a, migrate):
    apps = migrate(BEFORE)
    Dataset, Facet = apps.get_model("catalog", "Dataset"), apps.get_model("catalog", "Facet")
    dataset = Dataset.objects.create(
        name="old", title="ชุดเก่า", organization_id=agency_a.pk, data_type="ข้อมูลระเบียน",
        license_id="Open-D", extras={"allow_harvest": "Yes", "data_format": ["API"]},
        facet_keys="organization\tA\nlicense_id\tOpen-D\nres_format\tAPI")
    Facet.objects.create(dataset=dataset, facet="license_id", value="Open-D")
    Facet.objects.create(dataset=dataset, facet="res_format", value="API")
    migrate(AFTER)
    dataset.refresh_from_db()
    assert dataset.extras == {"allow_harvest": "True", "data_format": ["อื่นๆ"],
                              "data_format_other": "API"}
    assert dataset.license_id == "Open Data Common"
    facets = Facet.objects.filter(dataset=dataset).order_by("facet")
    assert list(facets.values_list("value", flat=True)) == ["Open Data Common", "อื่นๆ"]
    assert dataset.facet_keys == "organization\tA\nlicense_id\tOpen Data Common\nres_format\tอื่นๆ"
