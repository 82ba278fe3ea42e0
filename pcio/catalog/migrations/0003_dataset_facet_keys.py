from django.db import migrations, models


def fill(apps, schema_editor):
    """Copy the existing Facet rows into the new column."""
    Dataset, Facet = apps.get_model("catalog", "Dataset"), apps.get_model("catalog", "Facet")
    keys = {}
    for dataset_id, facet, value in (Facet.objects.order_by("dataset_id", "id")
                                     .values_list("dataset_id", "facet", "value").iterator()):
        keys.setdefault(dataset_id, []).append(f"{facet}\t{value}")
    for dataset_id, lines in keys.items():
        Dataset.objects.filter(pk=dataset_id).update(facet_keys="\n".join(lines))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0002_search_index")]
    operations = [
        migrations.AddField(
            model_name="dataset",
            name="facet_keys",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
