"""The GD Catalog's dataset groups as pcio ships them (data/schema.json). Loaded by migration
0008_groups; see pcio.lib.reference for how a release leaves a province's edits alone. The
other vocabularies (categories, classifications, licences, frequencies...) are choices read
from data/schema.json, not rows: a new schema ships with the code."""

from pcio.catalog import schema
from pcio.lib.reference import sync


def groups() -> dict:
    return {(g["name"],): {"title": g["title"], "description": g["description"]}
            for g in schema.groups()}


def load_groups(apps=None, data=None) -> str:
    """Create the missing groups and bring up to date the ones nobody changed by hand."""
    model = apps.get_model("catalog", "Group") if apps else _group()
    created, updated = sync(model, groups() if data is None else data, keys=("name",))
    return f"กลุ่มชุดข้อมูล: เพิ่ม {created} แก้ {updated} / groups: {created} added, " \
           f"{updated} updated"


def _group():
    from pcio.catalog.models import Group

    return Group


load = load_groups  # what pcio.lib.reference.load_all() runs
