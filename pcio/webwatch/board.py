"""Counts for the province-wide board and the meeting embed: a fixed number of queries."""

from django.db.models import Case, Count, IntegerField, Value, When

from pcio.agencies.models import AgencyType
from pcio.webwatch.models import Status

STATUSES = [Status.CLEAN, Status.INFECTED, Status.UNREACHABLE, Status.UNKNOWN]
# the board lists what needs action first: an infected site must not sit behind unchecked ones
SEVERITY = [Status.INFECTED, Status.UNREACHABLE, Status.UNKNOWN, Status.CLEAN]


def by_severity():
    """An order_by expression: infected, unreachable, not yet checked, clean."""
    return Case(*(When(status=s, then=Value(n)) for n, s in enumerate(SEVERITY)),
                default=Value(len(SEVERITY)), output_field=IntegerField())


def totals(sites) -> dict:
    counts = dict(sites.values_list("status").annotate(n=Count("id")).order_by())
    return {s.value: counts.get(s.value, 0) for s in STATUSES}


def by_group(sites, field: str, labels=None) -> list[dict]:
    """Rows of {label, counts per status, total} grouped by an agency field."""
    rows = {}
    for key, name, status, n in sites.values_list(field, *_name(field), "status").annotate(
            n=Count("id")).order_by():
        row = rows.setdefault(key, {"key": key, "label": (labels or {}).get(key, name or "-"),
                                    "counts": dict.fromkeys(s.value for s in STATUSES), "total": 0})
        row["counts"][status] = (row["counts"][status] or 0) + n
        row["total"] += n
    for row in rows.values():
        row["cells"] = [row["counts"][s.value] or 0 for s in STATUSES]
    return sorted(rows.values(), key=lambda r: (-(r["counts"]["infected"] or 0), str(r["label"])))


def _name(field: str) -> tuple:
    return ("agency__district__name_th",) if field == "agency__district" else ("agency__type",)


def by_district(sites):
    return by_group(sites, "agency__district")


def by_type(sites):
    return by_group(sites, "agency__type", {k: str(v) for k, v in AgencyType.choices})
