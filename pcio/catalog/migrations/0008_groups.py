"""The GD Catalog's seven dataset groups (pcio.catalog.reference), so a new installation's
dataset form offers them without the demo."""

from django.db import migrations


def load(apps, schema_editor):
    from pcio.catalog.reference import load_groups

    load_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0007_group_shipped_values")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]
