"""Meetings already past draft when documents became records are frozen with the data as it
stands at this migration (the agenda and pack as they would be sent today)."""

from django.db import migrations


def freeze(apps, schema_editor):
    # The documents are drawn by the current code, which needs every app's latest tables: the
    # dependencies below bring them in first.
    from pcio.meetings import issuing

    issuing.freeze_unfrozen()


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_minutes_lifecycle_and_issued_documents"),
        ("agencies", "0001_initial"),
        ("catalog", "0005_gd_catalog_values"),
        ("compliance", "0001_initial"),
        ("readiness", "0001_initial"),
        ("webwatch", "0002_one_running_scan_per_site"),
    ]

    operations = [migrations.RunPython(freeze, migrations.RunPython.noop)]
