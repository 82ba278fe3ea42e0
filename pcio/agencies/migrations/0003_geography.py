"""Thailand's provinces, districts and subdistricts (pcio.agencies.reference). A later geothai
release ships through a new migration running the same loader: rows nobody edited follow it."""

from django.db import migrations


def load(apps, schema_editor):
    from pcio.agencies.reference import load_geography

    load_geography(apps)


class Migration(migrations.Migration):
    dependencies = [("agencies", "0002_subdistricts_and_shipped_values")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]
