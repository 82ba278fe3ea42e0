"""The DGA survey years 2566-2568 with their pillars and weights (pcio.readiness.reference),
so a fresh installation accepts `pcio readiness import-scores` without the demo."""

from django.db import migrations


def load(apps, schema_editor):
    from pcio.readiness.reference import load_survey_years

    load_survey_years(apps)


class Migration(migrations.Migration):
    dependencies = [("readiness", "0002_shipped_values")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]
