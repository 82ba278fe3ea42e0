"""Catalog search at scale: Thai full-text search with facets vs the LIKE '%term%' work-around.

    .venv/bin/python bench/catalog_search.py [N]              # SQLite (default N=100000)
    DATABASE_URL=postgres://... .venv/bin/python bench/catalog_search.py [N]

1. Recall@5 over the judged set (pcio/catalog/data/relevance_*.txt, 158 records, 52 queries):
   FTS (segmented, ranked) vs LIKE '%query%' on title/description/tags (CKAN's wildcard).
2. N synthetic datasets (the judged records varied by district and year), indexing rate.
3. Per judged query, 20 results + facet counts (agency, group, data type, category, format,
   licence): p50/p95 of FTS vs LIKE, same run, same database; then the broadest query.
"""

import sys
import time

from _setup import database, percentiles, timed
from django.db import transaction
from django.db.models import Q

from pcio.agencies.models import Agency
from pcio.catalog import demo, relevance, search, services
from pcio.catalog.models import Dataset, Facet

DISTRICTS = ["เมืองหนองคาย", "ท่าบ่อ", "โพนพิสัย", "ศรีเชียงใหม่", "สังคม", "สระใคร", "เฝ้าไร่",
             "รัตนวาปี", "โพธิ์ตาก"]
BROAD = "อำเภอ"  # in every synthetic title: the worst case, not in the judged set
FACETS = ("organization", "groups", "data_type", "data_category", "res_format", "license_id")


def like(queryset, q):
    return queryset.filter(Q(title__icontains=q) | Q(notes__icontains=q) |
                           Q(facets__facet="tags", facets__value__icontains=q)).distinct()


def like_search(queryset, q, rows=20):
    matched = like(queryset, q)
    ids = list(matched.order_by("-modified", "id").values_list("id", flat=True)[:rows])
    return ids, matched.count(), search.facet_counts(matched, FACETS)


def recall():
    names = dict(Dataset.objects.values_list("id", "name"))
    base = Dataset.objects.active()

    def fts(q):
        found = search.search(base, q, rows=5, facet_fields=())
        return [names[i][3:] for i in found.ids]

    def substring(q):
        return [names[i][3:] for i in like_search(base, q, rows=5)[0]]

    return relevance.evaluate(fts)[0], relevance.evaluate(substring)[0]


def synthesise(total, batch=5000):
    records = relevance.records()
    agencies = dict(Agency.objects.values_list("code", "id"))
    codes = {v: k for k, v in agencies.items()}
    made = 0
    while made < total:
        size = min(batch, total - made)
        rows = []
        for n in range(made, made + size):
            r = records[n % len(records)]
            year = 2560 + n % 8
            district = DISTRICTS[n // len(records) % len(DISTRICTS)]
            rows.append(Dataset(
                name=f"syn-{n}", title=f"{r['title']} อำเภอ{district} ปี {year}",
                notes=r["notes"], tags=r["tags"], organization_id=agencies[r["agency"]],
                data_type="ข้อมูลสถิติ", data_category="ข้อมูลสาธารณะ",
                data_classification="เปิดเผย", license_id="Open Data Common", is_sample=True,
                extras={"update_frequency_unit": "ปี"}))
        for d in rows:
            d.facet_keys = search.facet_keys(_facets(d, codes))
        with transaction.atomic():
            created = Dataset.objects.bulk_create(rows)
            Facet.objects.bulk_create([Facet(dataset=d, facet=f, value=v) for d in created
                                       for f, v in _facets(d, codes)])
        made += size


def _facets(d, codes):
    d.organization = Agency(pk=d.organization_id, code=codes[d.organization_id])
    return services.facet_values(d, ["economy"], ["CSV"])


def index_all(batch=2000):
    from pcio.catalog import segment

    segment._cut.cache_clear()  # start cold: only repeats within this run are cached
    ids = list(Dataset.objects.filter(name__startswith="syn-").values_list("id", flat=True))
    started = time.perf_counter()
    for i in range(0, len(ids), batch):
        chunk = (Dataset.objects.filter(id__in=ids[i:i + batch]).select_related("organization")
                 .prefetch_related("resources__fields"))
        with transaction.atomic():
            search.index(list(chunk))
    return len(ids) / (time.perf_counter() - started)


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    drop = database()
    try:
        from django.db import connection

        print(f"database: {connection.vendor}; datasets: {total:,} synthetic + 158 judged")
        started = time.perf_counter()
        demo.load_records()
        print(f"judged set loaded through the full save path in "
              f"{time.perf_counter() - started:.1f} s")
        fts_recall, like_recall = recall()
        print(f"recall@5 on the judged set: FTS {fts_recall:.3f}  vs  LIKE '%q%' "
              f"{like_recall:.3f}")
        started = time.perf_counter()
        synthesise(total)
        print(f"rows and facets written in {time.perf_counter() - started:.1f} s")
        rate = index_all()
        print(f"indexing (segmentation + full-text index): {rate:,.0f} datasets/s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as after any bulk load
        queries = [q for q, _ in relevance.queries()]
        base = Dataset.objects.visible_to(None).order_by("-modified", "id")
        services.ensure_groups()
        runs = (("FTS ", lambda q: search.search(base, q, rows=20, facet_fields=FACETS), 3),
                ("LIKE", lambda q: like_search(base, q), 1))  # LIKE is slow: once per query
        for name, run, repeat in runs:
            run(queries[0])  # warm caches
            samples = [t for q in queries for t in timed(lambda q=q, run=run: run(q), repeat)]
            print(f"{name} query + 6 facets + 20 rows: {percentiles(samples)}")
        broad = timed(lambda: search.search(base, BROAD, rows=20, facet_fields=FACETS), 5)
        print(f"FTS  '{BROAD}' (matches every synthetic dataset): best {min(broad):.0f} ms, "
              f"worst {max(broad):.0f} ms")
    finally:
        drop()


if __name__ == "__main__":
    main()
