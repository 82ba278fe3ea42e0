"""`pcio rebuild` recomputes the search index, facets and Thai sort keys from the data, and
runs the search smoke check."""

import io

from django.core.management import call_command

from pcio.agencies.models import Agency
from pcio.catalog import search
from pcio.catalog.models import Dataset, Facet
from pcio.front.tests.restoring import found
from pcio.lib.thai import sort_key


def test_rebuild_recomputes_the_index_facets_and_sort_keys(catalog_demo, client):
    before, facets = found(client), Facet.objects.count()
    keys = dict(Dataset.objects.values_list("name", "facet_keys"))
    search.clear()
    Facet.objects.all().delete()
    Dataset.objects.update(facet_keys="", sort_title="")
    Agency.objects.update(sort_name="")
    assert found(client) == {"search": [], "package_search": []}

    out = io.StringIO()
    call_command("rebuild", stdout=out)

    assert found(client) == before
    assert Facet.objects.count() == facets
    assert dict(Dataset.objects.values_list("name", "facet_keys")) == keys
    assert all(d.sort_title == sort_key(d.title) for d in Dataset.objects.all())
    assert all(a.sort_name == sort_key(a.name_th) for a in Agency.objects.all())
    assert "search for a dataset's title found" in out.getvalue()
    assert f"{Agency.objects.count()} rows updated" in out.getvalue()
