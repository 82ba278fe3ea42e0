"""Reference data pcio ships (provinces, survey years, ...), loaded and updated by migrations.

Each reference row keeps in its `shipped` JSON column the values pcio last shipped for it. A
later release (a later migration calling the same loader with new data) updates a row only
while the row still holds those values: a value a province changed by hand stays theirs. Rows
that are missing are created; rows pcio no longer ships are left alone (agencies may point at
them). Writes are bulk (no save(), no audit entries): a migration loads thousands of rows and
must keep test database creation fast.
"""

from decimal import Decimal
from importlib import import_module
from importlib.util import find_spec

from pcio.lib.thai import sort_key

BATCH = 500


def load_all() -> list:
    """Every app's reference data as its migrations ship it (`<app>/reference.py: load()`),
    for a database emptied without migrating again (Django's flush, in tests). Returns each
    loader's summary."""
    from django.apps import apps

    return [import_module(f"{c.name}.reference").load() for c in apps.get_app_configs()
            if c.name.startswith("pcio.") and find_spec(f"{c.name}.reference")]


def plain(value):
    """The JSON form a shipped value is kept and compared in."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def held(obj, values: dict) -> dict:
    """What the row holds now, for the fields of `values`."""
    return {name: plain(getattr(obj, name)) for name in values}


def sync(model, rows: dict, keys=("code",), fixed=None) -> tuple[int, int]:
    """Create or update `model` rows from `rows` ({key tuple: {field: plain value}}).

    `fixed(key)` gives fields set only on creation (a parent's id); a `sort_name` column is
    derived from name_th. Returns (created, updated)."""
    existing = {tuple(getattr(o, k) for k in keys): o for o in model.objects.all()}
    new, changed = [], []
    for key, values in rows.items():
        values = {name: plain(v) for name, v in values.items()}
        obj = existing.get(key)
        if obj is None:
            obj = model(**dict(zip(keys, key, strict=True)), **(fixed(key) if fixed else {}))
            new.append(_ship(obj, values))
        elif follows(obj, values):
            changed.append(_ship(obj, values))
    model.objects.bulk_create(new, batch_size=BATCH)
    if changed:
        fields = {"shipped", *(n for v in rows.values() for n in v), *_derived(model)}
        model.objects.bulk_update(changed, sorted(fields), batch_size=BATCH)
    return len(new), len(changed)


def follows(obj, values) -> bool:
    """Whether a row takes the newly shipped values: it holds them already (made by hand or
    by a demo before pcio shipped it: record them), or nobody changed it since the last
    release. A row holding anything else was edited by the province and stays as it is."""
    if obj.shipped == values:
        return False
    if held(obj, values) == values:
        return True
    return bool(obj.shipped) and held(obj, obj.shipped) == obj.shipped


def _ship(obj, values):
    for name, value in values.items():
        setattr(obj, name, value)
    obj.shipped = values
    if "sort_name" in _derived(type(obj)):
        obj.sort_name = sort_key(obj.name_th)
    return obj


def _derived(model):
    return ["sort_name"] if any(f.name == "sort_name" for f in model._meta.fields) else []
