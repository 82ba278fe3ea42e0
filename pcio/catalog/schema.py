"""The GD Catalog dataset schema, read from data/schema.json (the one place it is defined)."""

import json
from functools import cache
from pathlib import Path

SCHEMA_FILE = Path(__file__).parent / "data" / "schema.json"


@cache
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@cache
def fields() -> dict:
    return {f["field_name"]: f for f in schema()["dataset_fields"]}


def field(name) -> dict:
    return fields()[name]


def label(name) -> str:
    return fields()[name]["label"] if name in fields() else name


def mandatory() -> list:
    return schema()["mandatory"]


def data_types() -> list:
    return schema()["data_types"]


def fields_for(data_type) -> list:
    """Field names a dataset of this data type shows, in schema order: the extension's
    form_data_type, kept as `data_types` (a field without it shows for every type)."""
    return [f["field_name"] for f in schema()["dataset_fields"]
            if data_type in f.get("data_types", data_types())]


def companions() -> set:
    """The "(อื่นๆ โปรดระบุ)" text fields, filled only when their field is set to อื่นๆ."""
    return {name for name, f in fields().items() if "other_of" in f}


def extra_fields() -> list:
    """Schema fields kept in Dataset.extras (everything without its own column)."""
    return [name for name in fields() if name not in COLUMN_FIELDS]


def licenses() -> dict:
    return {lic["id"]: lic for lic in schema()["licenses"]}


def is_open_license(license_id) -> bool | None:
    """True or False; None for อื่นๆ, whose terms are in license_id_other."""
    return licenses().get(license_id, {}).get("open", False)


def groups() -> list:
    return schema()["groups"]


def rules() -> dict:
    return schema()["classification_rules"]


def frequency_days(unit) -> int | None:
    return schema()["frequency_days"].get(unit)


def dictionary_types() -> dict:
    return schema()["dictionary_types"]


def personal_levels() -> dict:
    return schema()["personal_levels"]


COLUMN_FIELDS = (
    "data_type", "title", "name", "owner_org", "tag_string", "notes", "data_category",
    "data_classification", "license_id",
)  # fmt: skip
