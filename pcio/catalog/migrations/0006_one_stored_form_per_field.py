"""Stored metadata in one form per field (catalog.schema.canonical): the dataset form kept
update_frequency_interval and the years as numbers, the demo, imports and CKAN clients as
text, so a save that changed nothing changed the record CKAN clients read. Now text, as CKAN
keeps its extras; dates yyyy-mm-dd; multiselects lists of text.

Frozen here on purpose (the kinds as schema.json gave them when this was written): a later
schema change must not change what this step did.
"""

from datetime import date

from django.db import migrations

KINDS = {
    "update_frequency_interval": "integer", "first_year_of_data": "integer",
    "last_year_of_data": "integer",
    "west_bound_longitude": "number", "east_bound_longitude": "number",
    "north_bound_longitude": "number", "south_bound_longitude": "number",
    "created_date": "date", "last_updated_date": "date", "data_release_calendar": "date",
    "data_release_date": "date",
    "objective": "list", "data_format": "list", "data_language": "list", "disaggregate": "list",
}


def text(value):
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value).strip()


def canonical(name, value):
    kind = KINDS.get(name)
    if kind == "list":
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return [t for t in (text(v) for v in items) if t]
    value = text(value)
    try:
        if kind == "integer":
            return str(int(float(value))) if float(value).is_integer() else value
        if kind == "number":
            return repr(float(value)).removesuffix(".0")
        if kind == "date":
            return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    return value


def convert(extras: dict) -> dict:
    out = {}
    for name, value in extras.items():
        if name in KINDS or isinstance(value, int | float | date):  # a bool is an int
            value = canonical(name, value)
        elif isinstance(value, str):
            value = value.strip()
        if value not in ("", None, []):
            out[name] = value
    return out


def forwards(apps, schema_editor):
    Dataset = apps.get_model("catalog", "Dataset")
    for dataset in Dataset.objects.only("id", "extras").iterator():
        extras = convert(dataset.extras or {})
        if extras != dataset.extras:
            Dataset.objects.filter(pk=dataset.pk).update(extras=extras)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0005_gd_catalog_values")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
