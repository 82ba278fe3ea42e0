"""The labelled webwatch corpus: pages/*.html and hand/*.html described by labels.csv
(`file` is relative to pages/).

Built by generate.py (python -m pcio.webwatch.corpus.generate) plus hand-written pages
from hand/; see generate.py for what the pages are. All pages are invented sample data.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Sample:
    file: str
    infected: bool        # this page's own content is spam
    form: str             # attack form or clean case
    family: str           # site template; held-out families are never trained on
    split: str            # "train" or "heldout"
    url: str
    persona: str
    group: str            # rows of one URL fetched as several personas
    status: int
    final_url: str
    html: str


def rows() -> list[dict]:
    path = HERE / "labels.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def load() -> tuple[Sample, ...]:
    out = []
    for r in rows():
        raw = (HERE / "pages" / r["file"]).read_bytes()
        html = raw.decode(r["encoding"] or "utf-8", errors="replace")
        out.append(Sample(r["file"], r["label"] == "infected", r["form"], r["family"],
                          r["split"], r["url"], r["persona"] or "desktop", r["group"],
                          int(r["status"] or 200), r["final_url"] or r["url"], html))
    return tuple(out)


def digest() -> str | None:
    """Hash of labels and pages, so a changed corpus retrains the model."""
    label_file = HERE / "labels.csv"
    if not label_file.exists():
        return None
    h = hashlib.sha256(label_file.read_bytes())
    for r in rows():
        h.update((HERE / "pages" / r["file"]).read_bytes())
    return h.hexdigest()
