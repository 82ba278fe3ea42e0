"""Every stored record, field by field, and what changed between two snapshots.

Values are compared as JSON text, so "1" and 1, 1 and 1.0, or a list and a string differ
even where Python's == would call them equal.
"""

import json

from django.apps import apps

# Tables that record that something happened, not what a record holds.
BOOKKEEPING = {
    "admin.LogEntry": "Django admin's history",
    "auditlog.LogEntry": "the audit history: who saved what and when",
    "sessions.Session": "sign-ins",
    "axes.AccessAttempt": "login lockout counters", "axes.AccessLog": "login log",
    "axes.AccessFailureLog": "login log", "axes.AccessAttemptExpiration": "login lockout",
    "front.Notification": "notifications sent",
    "readiness.Event": "the survey's step log: each save is a step, by design",
}
# Fields that say when, not what (auto_now fields are left out without being named).
WHEN = {
    ("auth.User", "last_login"): "set by signing in",
    # CKAN's metadata_modified: CKAN itself moves it on every package_update
    ("catalog.Dataset", "modified"): "the time of the last save, as CKAN keeps it",
    ("catalog.Resource", "modified"): "the time of the last save, as CKAN keeps it",
}
# Rows derived from a record and written again on each save (new ids, same content):
# compared as a set of rows, without their ids.
REBUILT = {"catalog.Facet": "the dataset's search facets, rebuilt by every save"}


def snapshot() -> dict:
    """{model label: {pk: {field: value}}} of every table not listed above; a value is kept
    as `same()` compares it (JSON text is made only for what changed: most of the time of a
    snapshot of every table went into JSON text nobody read)."""
    return {model._meta.label: _rows(model) for model in apps.get_models()
            if model._meta.label not in BOOKKEEPING}


def _fields(model):
    label = model._meta.label
    return [f for f in model._meta.concrete_fields
            if (label, f.name) not in WHEN and not getattr(f, "auto_now", False)]


def _rows(model):
    fields, many = _fields(model), model._meta.many_to_many
    names = [f.name for f in fields]
    values = model._base_manager.values_list(model._meta.pk.attname,
                                             *(f.attname for f in fields))
    rows = {pk: dict(zip(names, map(_kept, row), strict=True)) for pk, *row in values}
    for field in many:  # the pks each row links to, sorted
        links = field.remote_field.through._base_manager.values_list(
            field.m2m_field_name(), field.m2m_reverse_field_name())
        for pk in rows:
            rows[pk][field.name] = []
        for pk, other in links:
            rows[pk][field.name].append(other)
        for pk in rows:
            rows[pk][field.name] = _kept(sorted(rows[pk][field.name]))
    if model._meta.label in REBUILT:
        key = model._meta.pk.name
        return sorted(json.dumps({k: _text(v) for k, v in r.items() if k != key})
                      for r in rows.values())
    return rows


# Types whose JSON text is equal exactly when the values and their types are: kept as they
# are (1, "1", 1.0 and True stay apart, as in JSON text); anything else as its JSON text.
PLAIN = (str, int, float, bool, type(None))


def _kept(value):
    return value if type(value) in PLAIN else _Text(_text(value))


class _Text(str):
    """A value kept as its JSON text."""


def _same(a, b):
    return type(a) is type(b) and a == b


def _text(value):
    if isinstance(value, _Text):
        return str(value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a stored file: its name
        value = value.name
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr)


def changes(before: dict, after: dict) -> list:
    """Lines saying what differs: added and removed rows, and each changed field."""
    lines = []
    for label, rows in after.items():
        old = before.get(label, {})
        if label in REBUILT:
            if rows != old:
                lines.append(f"{label}: {len(old)} rows became {len(rows)}, or their values")
            continue
        lines += [f"{label} #{pk} added" for pk in rows.keys() - old.keys()]
        lines += [f"{label} #{pk} deleted" for pk in old.keys() - rows.keys()]
        for pk in rows.keys() & old.keys():
            lines += [f"{label} #{pk} {line}" for line in _field_changes(old[pk], rows[pk])]
    return lines


def _field_changes(old, new):
    for name in new:
        if not _same(old[name], new[name]):
            yield from _detail(name, json.loads(_text(old[name])), json.loads(_text(new[name])))


def _detail(name, old, new):
    """A JSON field's changed keys one by one; other fields whole."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys(), key=str):
            a, b = old.get(key, "<none>"), new.get(key, "<none>")
            if json.dumps(a, sort_keys=True) != json.dumps(b, sort_keys=True):
                yield f"{name}.{key}: {a!r} -> {b!r}"
        return
    yield f"{name}: {old!r} -> {new!r}"
