"""The GD Catalog dataset schema, read from data/schema.json (the one place it is defined)."""

import json
from datetime import date
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


def label_in(name, language) -> str:
    """The label read in `language` ("th", "en"): the extension's English one in English."""
    english = fields().get(name, {}).get("label_en")
    return english if language == "en" and english else label(name)


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


def canonical(name, value):
    """The one stored form of a field's value, whichever way it came (form, demo, import,
    harvest, CKAN API): text, as CKAN keeps its extras and GD Catalog clients read them
    ("2560", not 2560); dates as yyyy-mm-dd; a multiselect's or tags' values as a list of
    text. A value that is not what its kind says is kept as text, for validation to name."""
    kind = fields().get(name, {}).get("kind")
    if kind in ("multiselect", "tags"):
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return [text for text in (_text(v) for v in items) if text]
    text = _text(value)
    try:
        if kind in ("integer", "year"):
            return str(int(float(text))) if float(text).is_integer() else text
        if kind in ("latitude", "longitude"):
            return repr(float(text)).removesuffix(".0")
        if kind == "date":
            return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    return text


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def canonical_extras(extras: dict) -> dict:
    """Dataset.extras with each schema field in its stored form; empty values left out."""
    out = {}
    for name, value in extras.items():
        value = canonical(name, value) if name in fields() else value
        if value not in ("", None, []):
            out[name] = value
    return out


COLUMN_FIELDS = (
    "data_type", "title", "name", "owner_org", "tag_string", "notes", "data_category",
    "data_classification", "license_id",
)  # fmt: skip
