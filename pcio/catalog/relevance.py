"""The judged relevance set (data/relevance_*.txt) and recall in the first five results."""

from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("|")


def records() -> list:
    return [{"id": i, "agency": a, "title": t, "tags": tags.split(","), "notes": n}
            for i, a, t, tags, n in _lines("relevance_records.txt")]


def queries() -> list:
    return [(q, set(ids.split())) for q, ids in _lines("relevance_queries.txt")]


def recall_at(found: list, relevant: set, k=5) -> float:
    """Share of the relevant records in the first k (out of at most k relevant)."""
    return len(set(found[:k]) & relevant) / min(len(relevant), k)


def evaluate(search_fn, k=5) -> tuple:
    """search_fn(query) -> ranked record ids. Returns (mean recall@k, [(query, recall)])."""
    per_query = [(q, recall_at(search_fn(q), relevant, k)) for q, relevant in queries()]
    return sum(r for _, r in per_query) / len(per_query), per_query
