"""Counting the province: the 3.6 tally, counts by district and type, who is missing what.
Plain Python over rows that province.py reads in one query."""

from collections import Counter
from typing import NamedTuple

from pcio.compliance.checklist import Facts, missing_counts

LOCAL_TYPES = ("pao", "municipality", "sao")
GROUPS = (  # the seed's terms in agenda item 3.6
    ("local", "องค์กรปกครองส่วนท้องถิ่น (อปท.)"),
    ("district", "อำเภอ"),
    ("provincial", "ส่วนราชการและหน่วยงานของรัฐ"),
)


class AgencyRow(NamedTuple):
    id: int
    type: str
    district_id: int | None
    facts: Facts
    complete: bool = False
    workd_requested: int = 0
    workd_active: int = 0


def group_of(agency_type: str) -> str:
    if agency_type in LOCAL_TYPES:
        return "local"
    return "district" if agency_type == "district" else "provincial"


def announcement_tally(rows, expected_local=None) -> list[dict]:
    """Per group: registered, announced, not announced (and the expected count if known)."""
    registered, announced = Counter(), Counter()
    for row in rows:
        group = group_of(row.type)
        registered[group] += 1
        announced[group] += row.facts.announced
    return [
        {"key": key, "label": label, "registered": registered[key],
         "announced": announced[key], "not_announced": registered[key] - announced[key],
         "expected": expected_local if key == "local" else None}
        for key, label in GROUPS
    ]


def counts_by(rows, key) -> dict:
    """key(row) -> {"total", "complete", "announced"}."""
    out = {}
    for row in rows:
        entry = out.setdefault(key(row), {"total": 0, "complete": 0, "announced": 0})
        entry["total"] += 1
        entry["complete"] += row.complete
        entry["announced"] += row.facts.announced
    return out


def incomplete(rows) -> list:
    return [row for row in rows if not row.complete]


def item_counts(rows) -> list[tuple[str, int]]:
    """How many agencies miss each checklist item, in checklist order."""
    return missing_counts(row.facts for row in rows)


def workd_totals(rows) -> dict:
    using = [r for r in rows if r.facts.workd]
    return {"agencies": len(using), "requested": sum(r.workd_requested for r in using),
            "active": sum(r.workd_active for r in using)}


def cumulative(starts) -> list[tuple[int, int]]:
    """[(year, started that year)] -> [(year, total by the end of that year)]."""
    total, out = 0, []
    for year, count in starts:
        total += count
        out.append((year, total))
    return out
