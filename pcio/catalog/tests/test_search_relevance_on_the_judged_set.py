"""Recall in the first five results over the judged set in data/relevance_*.txt."""

from pcio.catalog import demo, relevance, search
from pcio.catalog.models import Dataset


def test_recall_at_5_over_the_judged_thai_queries(db, capsys):
    demo.load_records()
    assert len(relevance.records()) >= 150 and len(relevance.queries()) >= 40
    names = dict(Dataset.objects.values_list("id", "name"))

    def run(q):
        found = search.search(Dataset.objects.active(), q, rows=5, facet_fields=())
        return [names[i].removeprefix("nk-") for i in found.ids]

    recall, per_query = relevance.evaluate(run)
    with capsys.disabled():
        misses = [(q, round(r, 2)) for q, r in per_query if r < 1]
        print(f"\nrecall@5 = {recall:.3f} over {len(per_query)} queries; misses: {misses}")
    assert recall >= 0.9
