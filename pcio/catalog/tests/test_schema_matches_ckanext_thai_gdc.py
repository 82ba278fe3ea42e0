"""data/schema.json against ckanext-thai_gdc's ckanext/thai_gdc/ckan_dataset.json: the field
names, choice values and per-data-type fields a GD Catalog expects."""

from pcio.catalog import schema

RECORD, STAT, GIS, MIXED, OTHER = schema.data_types()


def choices(name):
    return schema.field(name)["choices"]


def test_the_bounding_box_has_the_extension_names_even_where_they_say_longitude():
    names = set(schema.fields())
    assert {"west_bound_longitude", "east_bound_longitude", "north_bound_longitude",
            "south_bound_longitude"} <= names
    assert not {"north_bound_latitude", "south_bound_latitude"} & names
    assert schema.field("north_bound_longitude")["kind"] == "latitude"  # it holds a latitude


def test_yes_no_fields_hold_the_strings_true_and_false():
    for name in ("allow_harvest", "official_statistics", "high_value_dataset", "reference_data"):
        assert choices(name) == ["False", "True"]
    assert schema.field("allow_harvest")["choice_labels"] == {"False": "ไม่ยินยอม",
                                                              "True": "ยินยอม"}


def test_the_choice_lists_are_the_extension_values():
    assert choices("geo_coverage")[-4:] == ["เทศบาล/อบต.", "พิกัด", "ไม่ทราบ", "อื่นๆ"]
    assert choices("equivalent_scale") == ["1:4,000", "1:10,000", "1:25,000", "1:50,000",
                                           "1:250,000", "อื่นๆ"]
    assert {"DOC/DOCX", "GeoTiff", "ไม่ทราบ"} <= set(choices("data_format"))
    assert choices("update_frequency_unit")[0] == "ไม่ทราบ"
    assert "อายุ/กลุ่มอายุ" in choices("disaggregate")
    assert choices("unit_of_multiplier")[0] == "หน่วย"
    assert len(choices("geographic_data_set")) == 13


def test_statistics_and_gis_fields_show_only_for_their_own_data_type():
    assert "official_statistics" in schema.fields_for(STAT)
    assert "north_bound_longitude" in schema.fields_for(GIS)
    mixed = set(schema.fields_for(MIXED))
    assert not {"official_statistics", "north_bound_longitude", "unit_of_measure"} & mixed


def test_record_like_types_get_support_collect_and_the_value_flags():
    for data_type in (RECORD, MIXED, OTHER):
        assert {"data_support", "data_collect", "created_date", "high_value_dataset",
                "reference_data"} <= set(schema.fields_for(data_type))
    assert "created_date" not in schema.fields_for(STAT)
    assert "data_release_calendar" in schema.fields_for(GIS)
    assert "data_type_other" in schema.fields_for(OTHER)
    assert "data_type_other" not in schema.fields_for(RECORD)


def test_every_choice_of_other_has_a_text_field_shown_with_it():
    for name, spec in schema.fields().items():
        if name != "data_type" and "อื่นๆ" in spec.get("choices", []):
            companion = schema.field(f"{name}_other")
            assert companion["other_of"] == name
            assert companion.get("data_types") == spec.get("data_types")


def test_the_form_sections_agree_with_the_fields_of_each_type():
    for data_type, sections in schema.schema()["sections_by_data_type"].items():
        used = {schema.field(n)["section"] for n in schema.fields_for(data_type)}
        assert used == set(sections)


def test_the_fourteen_mandatory_fields_are_what_the_extension_requires():
    # required: true in the extension, less data_type (pcio always sets it), plus the name
    # and organization CKAN itself requires.
    assert schema.mandatory() == [
        "title", "name", "owner_org", "maintainer", "maintainer_email", "tag_string", "notes",
        "objective", "update_frequency_unit", "geo_coverage", "data_source", "data_format",
        "data_category", "license_id"]


def test_licences_are_the_extension_license_id_values():
    assert list(schema.licenses()) == [
        "Open Data Common", "Creative Commons Attributions",
        "Creative Commons Attribution Non-Commercial", "Creative Commons Attribution Share-Alike",
        "Creative Commons Attribution Non-Commercial Share-Alike",
        "Creative Commons Attribution Non-Commercial No-Derivs",
        "Creative Commons Attribution No-Derivs", "อื่นๆ"]
    assert schema.is_open_license("Open Data Common") is True
    assert schema.is_open_license("อื่นๆ") is None  # its terms are in license_id_other

