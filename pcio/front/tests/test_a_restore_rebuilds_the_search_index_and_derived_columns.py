"""A restore rebuilds what is derived from the data: the full-text index (no Django model, so
no backup holds it and a fresh data folder starts with it empty), facet_keys and sort keys."""

import io

from django.core.management import call_command

from pcio.agencies.models import Agency
from pcio.catalog import search
from pcio.catalog.models import Dataset
from pcio.front.tests.restoring import edit_json, found
from pcio.lib.thai import sort_key


def blank_derived_columns(objects):
    """A backup as an older pcio could have left it: derived columns empty."""
    for row in objects:
        for field in ("sort_name", "sort_title", "facet_keys"):
            if field in row["fields"]:
                row["fields"][field] = ""
    return objects


def test_restore_into_an_empty_index_finds_what_the_original_found(catalog_demo, client,
                                                                   tmp_path):
    before = found(client)
    assert before["search"] and before["search"] == before["package_search"]
    keys = dict(Dataset.objects.values_list("name", "facet_keys"))
    call_command("backup", str(tmp_path / "b.zip"), stdout=io.StringIO())
    edit_json(tmp_path / "b.zip", "data.json", blank_derived_columns)
    search.clear()  # what a fresh data folder's index holds

    out = io.StringIO()
    call_command("restore", str(tmp_path / "b.zip"), stdout=out)

    assert found(client) == before
    assert search.indexed() == Dataset.objects.active().count()
    assert dict(Dataset.objects.values_list("name", "facet_keys")) == keys
    assert all(a.sort_name == sort_key(a.name_th) for a in Agency.objects.all())
    assert all(d.sort_title == sort_key(d.title) for d in Dataset.objects.all())
    assert "restore verified" in out.getvalue()
    assert "search for a dataset's title found" in out.getvalue()
