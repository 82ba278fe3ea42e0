"""Tables the meetings app embeds in agenda documents (agenda item 3.5: the webwatch board).

board(view="infected"): the infected sites, with the counts by status in the note;
board(view="counts"): one row per status.
"""

from django.db.models import Min, Q
from django.utils import timezone

from pcio.lib.thai import thai_date
from pcio.webwatch import board as counts
from pcio.webwatch.models import IncidentState, Site, Status

LABELS = {s.value: str(s.label) for s in Status}


def _note(totals) -> str:
    parts = ", ".join(f"{LABELS[k]} {v}" for k, v in totals.items())
    return f"เฝ้าระวัง {sum(totals.values())} เว็บไซต์: {parts}"


def board(view="infected", as_of=None, **_):
    sites = Site.objects.filter(active=True)
    totals = counts.totals(sites)
    if view == "counts":
        return {"title": "ผลการเฝ้าระวังการฝังเว็บพนันในเว็บไซต์หน่วยงาน",
                "columns": ["สถานะ", "จำนวนเว็บไซต์"],
                "rows": [[LABELS[k], v] for k, v in totals.items()], "note": _note(totals)}
    open_incidents = ~Q(incidents__state=IncidentState.CLOSED)
    if as_of:
        open_incidents &= Q(incidents__opened_at__date__lte=as_of)
    infected = sites.filter(status=Status.INFECTED).select_related("agency").annotate(
        since=Min("incidents__opened_at", filter=open_incidents),
    ).exclude(since=None).order_by("agency__sort_name", "url")
    rows = [[n, s.agency.name_th, s.url, thai_date(timezone.localtime(s.since)) if s.since
             else "-"] for n, s in enumerate(infected, start=1)]
    return {"title": "เว็บไซต์หน่วยงานที่พบการฝังเว็บพนัน",
            "columns": ["ลำดับ", "หน่วยงาน", "เว็บไซต์", "พบตั้งแต่"], "rows": rows,
            "note": _note(totals)}


EMBEDS = {"board": board}
