"""Derived data of the catalog (see pcio.lib.derived): the full-text index, the facet rows and
Dataset.facet_keys, and the Thai sort key of titles. Quality scores are left alone: they
depend on the day they are computed and on link checks, which the daily checks redo."""

from pcio.catalog import search, segment, services
from pcio.catalog.models import Dataset, Facet
from pcio.lib.derived import resort

CHUNK = 500  # datasets read with their resources at a time


def rebuild() -> str:
    titles = resort(Dataset, "sort_title", "title")
    facets = rebuild_facets_and_index()
    indexed = search.indexed()
    return (f"ดัชนีค้นหา {indexed} ชุดข้อมูล, facet {facets} ค่า, คีย์เรียงชื่อแก้ {titles} แถว"
            f" / search index: {indexed} datasets, {facets} facets, {titles} sort keys updated")


def rebuild_facets_and_index() -> int:
    """Every dataset's facet rows and facet_keys, and the index of the active ones, from
    scratch (a restore may leave index rows of datasets that no longer exist)."""
    Facet.objects.all().delete()
    search.clear()
    ids = list(Dataset.objects.order_by("id").values_list("id", flat=True))
    return sum(_rebuild_chunk(ids[start:start + CHUNK]) for start in range(0, len(ids), CHUNK))


def _rebuild_chunk(ids) -> int:
    datasets = list(Dataset.objects.filter(id__in=ids).select_related("organization")
                    .prefetch_related("resources__fields", "groups"))
    facets = []
    for dataset in datasets:
        values = services.dataset_facets(dataset, list(dataset.resources.all()))
        facets += [Facet(dataset=dataset, facet=k, value=v) for k, v in values]
        dataset.facet_keys = search.facet_keys(values)
    Facet.objects.bulk_create(facets, batch_size=1000)
    Dataset.objects.bulk_update(datasets, ["facet_keys"], batch_size=CHUNK)
    search.index([d for d in datasets if d.state == Dataset.ACTIVE])
    return len(facets)


def check() -> tuple:
    """A search for a real dataset's title finds that dataset, and every active dataset is in
    the index."""
    active = Dataset.objects.active()
    count, indexed = active.count(), search.indexed()
    probe = next((d for d in active.order_by("id")[:50] if segment.query_words(d.title)), None)
    if probe is None:
        ok = indexed == count
        return ok, (f"ดัชนีค้นหา {indexed}/{count} ชุดข้อมูล (ไม่มีชื่อให้ลองค้นหา)"
                    f" / search index: {indexed} of {count} datasets (no title to search for)")
    found = search.search(active.filter(pk=probe.pk), q=probe.title, rows=1, facet_fields=())
    ok = found.ids == [probe.pk] and indexed == count
    verdict = ("พบ", "found") if found.ids else ("ไม่พบ", "did not find")
    return ok, (f'ค้นหา "{probe.title}" {verdict[0]}ชุดข้อมูล {probe.name}, ดัชนีค้นหา '
                f"{indexed}/{count} ชุดข้อมูล / search for a dataset's title {verdict[1]} "
                f"{probe.name}; {indexed} of {count} datasets indexed")
