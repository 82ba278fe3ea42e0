"""What pcio computes from stored data: search indexes, facet columns, sort keys.

Each app may offer `<app>/derived.py` with

    rebuild() -> str          recompute everything the app derives; a one-line summary
    check() -> (bool, str)    optional smoke check that it works, with what it found

`pcio rebuild` and `pcio restore` run them in INSTALLED_APPS order inside the caller's
transaction. A restore rebuilds rather than trusts what the backup holds: full-text tables are
no Django models (so no backup holds them), and a backup from another database or an older
pcio may carry keys computed another way.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps

from pcio.lib.thai import sort_key


def modules() -> list:
    """(AppConfig, module) for every installed pcio app with a derived module."""
    return [(config, import_module(f"{config.name}.derived"))
            for config in apps.get_app_configs()
            if config.name.startswith("pcio.") and find_spec(f"{config.name}.derived")]


def rebuild() -> list:
    """[(app name, summary)] after every app rebuilt what it derives."""
    return [(config.verbose_name, module.rebuild()) for config, module in modules()]


def check() -> list:
    """[(ok, message)] of every app's smoke check."""
    return [module.check() for _, module in modules() if hasattr(module, "check")]


def resort(model, key="sort_name", source="name_th") -> int:
    """Recompute a sort_key column; the number of rows it changed. A bulk update: no save(),
    so no audit entry and no auto_now timestamp, as rebuilding is not an edit."""
    changed = []
    for row in model._base_manager.only("pk", key, source).iterator(chunk_size=2000):
        fresh = sort_key(getattr(row, source))
        if getattr(row, key) != fresh:
            setattr(row, key, fresh)
            changed.append(row)
    model._base_manager.bulk_update(changed, [key], batch_size=500)
    return len(changed)
