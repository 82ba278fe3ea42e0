"""Reading the province's compliance state from the database in a fixed number of queries.

The province page reads every agency at once (8,000 in a national deployment), so each
agency comes back as a few integers: the checklist facts packed into one bit field computed
by the database, which keeps both the query and the Python side cheap."""

from collections import Counter
from functools import reduce
from operator import add

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Sum, Value, When

from pcio.agencies.models import Agency
from pcio.compliance import checklist, tally
from pcio.compliance.models import Channel, EofficeVolume, Kind, Record, Section
from pcio.lib.thai import MONTHS_SHORT, be_year


def _conditions():
    """One condition per checklist item (True = done), in checklist.ITEMS order."""
    channels = Channel.objects.filter(agency=OuterRef("pk"))
    return [
        Q(compliance__info_announced_on__isnull=False),
        Exists(channels.filter(section=Section.PUBLIC)),
        Exists(channels.filter(section=Section.STAFF)),
        ~Exists(channels.filter(kind=Kind.FACEBOOK, meta_verified=False)),
        # unknown is not done: at least one channel checked and working, none failing
        Exists(channels.filter(check_ok=True)) & ~Exists(channels.filter(check_ok=False)),
        Q(compliance__cybersafe_enrolled_on__isnull=False),
        Q(compliance__workd_requested__gt=0) | Q(compliance__workd_mail=True)
        | Q(compliance__workd_chat=True) | Q(compliance__workd_meet=True)
        | Q(compliance__workd_cloud=True),
        Q(compliance__eoffice_since__isnull=False) | Q(compliance__eoffice_system__gt=""),
    ]


def facts_queryset():
    bits = [Case(When(cond, then=Value(1 << n)), default=Value(0), output_field=IntegerField())
            for n, cond in enumerate(_conditions())]
    return Agency.objects.annotate(flags=reduce(add, bits))


ALL_DONE = (1 << len(checklist.ITEMS)) - 1
# Every possible combination of facts, made once: rows share these tuples by their bit field.
_FACTS = [checklist.Facts._make(flags >> n & 1 == 1 for n in range(len(checklist.ITEMS)))
          for flags in range(1 << len(checklist.ITEMS))]


def rows(queryset=None) -> list[tally.AgencyRow]:
    """Every agency in Thai order with its checklist facts, in two queries.

    Sorting the wide annotated rows costs SQLite more than the annotations themselves, so the
    order comes from a second query that walks the sort_name index."""
    queryset = facts_queryset() if queryset is None else queryset
    values = queryset.order_by().values_list(
        "id", "type", "district_id", "flags", "compliance__workd_requested",
        "compliance__workd_active")
    by_id = {pk: tally.AgencyRow(pk, kind, district, _FACTS[flags], flags == ALL_DONE,
                                 requested or 0, active or 0)
             for pk, kind, district, flags, requested, active in values}
    order = queryset.order_by("sort_name").values_list("id", flat=True)
    return [by_id[pk] for pk in order]


def eoffice_starts() -> list[tuple[int, int]]:
    """(year, agencies that started e-Office that year), oldest first."""
    # grouped by date in SQL (few distinct dates), years in Python: SQLite's year extraction
    # is a Python callback per row
    by_date = (Record.objects.filter(eoffice_since__isnull=False).values("eoffice_since")
               .annotate(n=Count("id")).order_by())
    years = Counter()
    for row in by_date:
        years[row["eoffice_since"].year] += row["n"]
    return sorted(years.items())


def facts_for(agency) -> checklist.Facts:
    return rows(facts_queryset().filter(pk=agency.pk))[0].facts


def missing_for(agency) -> list[str]:
    return facts_for(agency).missing()


def monthly_volumes(months=12) -> list[tuple]:
    """(month, documents) for the last `months` months that have figures, oldest first."""
    totals = (EofficeVolume.objects.values("month").annotate(total=Sum("documents"))
              .order_by("-month")[:months])
    return [(t["month"], t["total"]) for t in reversed(totals)]


def month_label(month) -> str:
    """ม.ค. 68"""
    return f"{MONTHS_SHORT[month.month - 1]} {be_year(month) % 100:02d}"
