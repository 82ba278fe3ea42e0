"""Scans left unfinished by a crashed or killed worker: past its deadline a scan is marked
stopped, so the site page stops showing a scan that will never end and the site's slot for
a running scan (one per site, held by the database) is free for the next scheduled scan.

The deadline follows the scan's own caps (pcio.webwatch.limits.scan_seconds). Every page
is fetched once per persona, plus robots.txt, at most MAX_SITEMAPS sitemaps and the soft-404
probe page; PCIO_WEBWATCH_PER_HOST fetches run at a time and each one, redirects included,
is cut off at PCIO_FETCH_TIMEOUT. That worst case, half again for the detector and the
database, plus ten minutes, is the deadline; PCIO_WEBWATCH_SCAN_STALE_MINUTES replaces it
when set.

A stopped scan keeps every page it recorded, with counters taken from those rows. It sends
no alert: failed scans never have (the site's last verdict and its incident stand), and the
site is scanned again at its next_scan_at, not at once, in case the site itself is what
brings workers down. A worker that was only slow may still finish afterwards: see
scanning.finish(), which records the real result and says so in the scan's note.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from pcio.webwatch.detect import PERSONAS
from pcio.webwatch.limits import scan_seconds
from pcio.webwatch.models import Scan, Status

log = logging.getLogger("pcio.webwatch")
MESSAGE = ("การตรวจหยุดกลางคัน: ไม่เสร็จภายใน {minutes} นาทีซึ่งเป็นเวลาสูงสุดของการตรวจนี้ "
           "(งานตรวจอาจถูกหยุดหรือเครื่องขัดข้อง) เก็บหน้าที่ตรวจแล้ว {pages} หน้าไว้ "
           "ระบบจะตรวจใหม่ตามรอบ / The scan stopped midway: not finished within {minutes} "
           "minutes; {pages} pages already checked were kept.")


def allowance(budget: int) -> timedelta:
    """How long a scan with this page budget may run before it counts as stopped midway."""
    if settings.PCIO_WEBWATCH_SCAN_STALE_MINUTES > 0:
        return timedelta(minutes=settings.PCIO_WEBWATCH_SCAN_STALE_MINUTES)
    return timedelta(seconds=scan_seconds(budget, personas=len(PERSONAS),
                                          per_host=settings.PCIO_WEBWATCH_PER_HOST,
                                          fetch_timeout=settings.PCIO_FETCH_TIMEOUT))


def deadline(scan):
    return scan.started_at + allowance(scan.site.page_budget())


def sweep(now=None, site=None) -> int:
    """Mark every running scan past its deadline stopped; how many were."""
    now = now or timezone.now()
    # no scan can be due before the deadline of a one-page budget
    running = Scan.objects.filter(finished_at__isnull=True,
                                  started_at__lte=now - allowance(1)).select_related("site")
    if site is not None:
        running = running.filter(site=site)
    return sum(stop(scan, now) for scan in running if deadline(scan) <= now)


def stop(scan, now) -> bool:
    """Only while still unfinished: a worker that finishes at this very moment wins."""
    counts = scan.count_pages()
    minutes = round((deadline(scan) - scan.started_at).total_seconds() / 60)
    error = MESSAGE.format(minutes=minutes, pages=counts["pages_checked"])
    stopped = Scan.objects.filter(pk=scan.pk, finished_at__isnull=True).update(
        finished_at=now, status=Status.UNKNOWN, error=error, **counts)
    if stopped:
        log.warning("scan stopped midway", extra={"site": scan.site.url, "scan": scan.pk})
    return bool(stopped)
