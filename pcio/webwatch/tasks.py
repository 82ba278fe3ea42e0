"""Background work: one task per site scan, the dispatcher that cron or beat runs, the
stale-scan sweep, and re-checks in a thread of the web process when there is no broker."""

import logging
import threading
from collections import defaultdict
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

from pcio.lib import jobs
from pcio.webwatch import stale
from pcio.webwatch.models import Scan, Site
from pcio.webwatch.scanning import begin, run_scan, send_due_reminders
from pcio.webwatch.sites import sync_from_registry

log = logging.getLogger("pcio.webwatch")


# stopped at the longest scan's deadline; the soft limit first, so the scan is recorded as
# failed (the hard one kills the process, and the stale sweep records it)
@shared_task(acks_late=True, ignore_result=True,
             time_limit=settings.PCIO_WEBWATCH_SCAN_TIME_LIMIT,
             soft_time_limit=max(1, settings.PCIO_WEBWATCH_SCAN_TIME_LIMIT - 60))
def scan_site(site_id: int, allow_private=None) -> str:
    site = Site.objects.select_related("agency").filter(pk=site_id).first()
    if site is None:
        return "gone"
    with jobs.job("webwatch-due-scans", record=False):  # a crashed scan fails the task
        scan = run_scan(site, allow_private=allow_private)
    return scan.status if scan else "busy"  # another scan of the site is still running


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
@jobs.scheduled("webwatch-due-scans")
def schedule_due_scans(limit=None) -> int:
    stale.sweep()  # before dispatching: a dead worker's scan must not hold its site
    sync_from_registry()  # websites added to the agency registry since the last run
    ids = claim_due(limit=limit)
    for site_id in ids:
        with jobs.item(f"scan of site {site_id}"):
            scan_site.delay(site_id)
    send_due_reminders()
    return len(ids)


@shared_task(ignore_result=True)
@jobs.scheduled("webwatch-stale-scans")
def sweep_stale_scans() -> int:
    return stale.sweep()


def scan_in_background(site) -> Scan | None:
    """Without a broker, a re-check runs in a thread of the web process, so the request
    returns at once. The scan row is made here, so the page shows it running; None if one
    already runs. A process that exits mid-scan (restart, deploy) leaves it to the sweep."""
    scan = begin(site)
    if scan is not None:
        thread = threading.Thread(target=_scan_thread, args=(scan.pk,), daemon=True,
                                  name=f"webwatch-scan-{scan.pk}")
        transaction.on_commit(thread.start)  # the thread must find the committed row
    return scan


def _scan_thread(scan_id: int):
    try:
        scan = Scan.objects.select_related("site__agency").get(pk=scan_id)
        run_scan(scan.site, scan=scan)
    except Exception:  # no request to report to: the log, and the sweep, see to it
        log.exception("background scan failed", extra={"scan": scan_id})
    finally:
        connections.close_all()  # this thread's own connections, not the request's
