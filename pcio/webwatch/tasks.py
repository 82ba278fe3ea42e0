"""Background work: one task per site scan, and the dispatcher that cron or beat runs."""

from collections import defaultdict
from datetime import timedelta

from celery import shared_task
from django.db import transaction
from django.utils import timezone

from pcio.webwatch.models import Site
from pcio.webwatch.scanning import run_scan, send_due_reminders
from pcio.webwatch.sites import sync_from_registry


@shared_task(acks_late=True, ignore_result=True)
def scan_site(site_id: int, allow_private=None) -> str:
    site = Site.objects.select_related("agency").filter(pk=site_id).first()
    if site is None:
        return "gone"
    return run_scan(site, allow_private=allow_private).status


def claim_due(now=None, limit=None) -> list[int]:
    """Move each due site's next_scan_at forward before dispatching, so it is sent once."""
    now = now or timezone.now()
    by_interval = defaultdict(list)
    with transaction.atomic():
        due = Site.objects.due(now).order_by("next_scan_at").select_for_update(skip_locked=True)
        rows = due.values_list("id", "interval_hours")
        for site_id, hours in (rows[:limit] if limit else rows):
            by_interval[hours or 24].append(site_id)
        for hours, ids in by_interval.items():
            for start in range(0, len(ids), 500):  # SQLite caps query parameters
                Site.objects.filter(pk__in=ids[start:start + 500]).update(
                    next_scan_at=now + timedelta(hours=hours))
    return [site_id for ids in by_interval.values() for site_id in ids]


@shared_task(ignore_result=True)
def schedule_due_scans(limit=None) -> int:
    sync_from_registry()  # websites added to the agency registry since the last run
    ids = claim_due(limit=limit)
    for site_id in ids:
        scan_site.delay(site_id)
    send_due_reminders()
    return len(ids)
