"""Live tables from other apps: each pcio app may offer embeds.py with EMBEDS = {name: fn}.

An app that is not installed, or has no embeds.py yet, is simply absent; a table that fails to
build becomes a note in the document instead of stopping it.
"""

import logging
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.utils import timezone

from pcio.lib.thai import thai_date

log = logging.getLogger(__name__)


def available():
    """{"app": {"name": function}} for every installed pcio app with an embeds module."""
    found = {}
    for config in apps.get_app_configs():
        if config.name.startswith("pcio.") and find_spec(f"{config.name}.embeds"):
            found[config.label] = getattr(import_module(f"{config.name}.embeds"), "EMBEDS", {})
    return found


def names():
    return sorted(f"{app}.{name}" for app, embeds in available().items() for name in embeds)


def render(app, name, params=None, registry=None, as_of=None):
    """The table {"title", "columns", "rows", "note"} for app.name, or a placeholder note.

    Every function is given as_of, the day the document's data is drawn for (today unless the
    document is being frozen for another day), and the note says "ข้อมูล ณ" that day."""
    function = (registry or available()).get(app, {}).get(name)
    if function is None:
        return _placeholder(app, name, "ยังไม่มีข้อมูลจากระบบนี้")
    as_of = as_of or timezone.localdate()
    try:
        table = function(**{**(params or {}), "as_of": as_of})
    except Exception:  # any app's bug must not stop the secretariat printing the agenda
        log.exception("embed %s.%s failed", app, name)
        return _placeholder(app, name, "สร้างตารางไม่สำเร็จ")
    note = " ".join(part for part in (table.get("note", ""), f"(ข้อมูล ณ {thai_date(as_of)})")
                    if part)
    return {"title": table.get("title", ""), "columns": list(table.get("columns", [])),
            "rows": [list(row) for row in table.get("rows", [])], "note": note}


def _placeholder(app, name, why):
    return {"title": f"[{app}.{name}]", "columns": [], "rows": [], "note": why}
