"""Run a scan of one Site: crawl, store each page's verdict and snapshot, update incidents."""

import asyncio
import logging
import queue
import threading
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from pcio.lib import jobs
from pcio.webwatch import alerts, sites, stale
from pcio.webwatch.crawl import Crawler
from pcio.webwatch.models import Incident, IncidentState, PageResult, Scan, Site, Status

log = logging.getLogger("pcio.webwatch")
MAX_SNAPSHOT_CHARS = 1_000_000
KEEP_SCANS = 5  # scans per site that keep every page; older ones keep only problem pages
# pages are stored as the crawl goes, so a worker killed mid-scan loses at most one batch
FLUSH_PAGES = 50
FLUSH_SECONDS = 3.0


def snapshot(page) -> dict:
    """What each persona got; a persona that saw the same text as an earlier one points to it."""
    seen, personas = {}, {}
    for f in page.fetches:
        item = {"url": f.url, "final_url": f.final_url, "status": f.status,
                "redirects": f.redirects, "hops": [list(hop) for hop in f.hops],
                "error": f.error,
                "headers": {k: v for k, v in f.headers.items()
                            if k in ("content-type", "location", "refresh", "server")}}
        if f.text in seen:
            item["same_as"] = seen[f.text]
        else:
            seen[f.text] = f.persona
            item["text"] = f.text[:MAX_SNAPSHOT_CHARS]
        personas[f.persona] = item
    return {"personas": personas}


def finding_dicts(findings) -> list:
    return [{"kind": f.kind, "persona": f.persona, "evidence": f.evidence[:4000],
             "weight": round(float(f.weight), 3)} for f in findings]


def page_result(scan, page) -> PageResult:
    return PageResult(scan=scan, url=page.url[:2000], verdict=page.verdict,
                      score=round(float(page.score), 3), http_status=page.status,
                      is_new=page.is_new, findings=finding_dicts(page.findings),
                      snapshot=PageResult.pack(snapshot(page)))


def previous_urls(site, scan):
    # a scan stopped midway saw only part of the site: the last whole scan is the baseline
    last = site.scans.exclude(pk=scan.pk).filter(finished_at__isnull=False) \
        .exclude(status=Status.UNKNOWN).first()
    if last is None:
        return set(), []
    pages = list(last.pages.values_list("url", "verdict"))
    return {url for url, _ in pages}, [url for url, v in pages if v == "infected"]


def begin(site) -> Scan | None:
    """A new running scan of the site, or None while another one runs: the database holds
    one unfinished scan per site. A scan past its deadline is swept first, so a dead worker
    cannot hold the site."""
    stale.sweep(site=site)
    try:
        with transaction.atomic():
            return Scan.objects.create(site=site)
    except IntegrityError:
        return None


def run_scan(site: Site, *, scan=None, **options) -> Scan | None:
    """Scan the site (or carry on the scan begun for it); None if one is running already."""
    scan = scan or begin(site)
    if scan is None:
        return None
    try:
        report = crawl_and_store(scan, **options)
    except Exception as exc:  # a crawler bug must still leave a finished, failed scan
        jobs.failed(site.url, exc, trace=True)  # logged; fails the job running the scan
        scan.error, report = f"{type(exc).__name__}: {exc}"[:2000], None
    return finish(scan, report)


def crawl_and_store(scan, **options):
    """The crawl's event loop runs in a thread of its own while this thread, which owns the
    database connection (and a test's transaction), stores the finished pages in batches."""
    pages = queue.SimpleQueue()
    crawl = CrawlThread(crawler_for(scan, pages.put, **options), pages)
    crawl.start()
    try:
        for batch in batches(pages):
            store(scan, batch)
    except BaseException:  # e.g. a time limit: the crawl must not run on unheeded
        crawl.cancel()
        raise
    finally:
        crawl.join()
    if crawl.error is not None:
        raise crawl.error
    return crawl.report


class CrawlThread(threading.Thread):
    """Puts each finished page (packed) on the queue, then DONE."""

    def __init__(self, crawler, pages):
        super().__init__(daemon=True, name="webwatch-crawl")
        self.crawler, self.pages = crawler, pages
        self.report = self.error = self.loop = self.task = None

    def run(self):
        try:
            self.report = asyncio.run(self._crawl())
        except BaseException as exc:  # re-raised in the scanning thread
            self.error = exc
        finally:
            self.pages.put(DONE)

    async def _crawl(self):
        self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
        return await self.crawler.run()

    def cancel(self):
        if self.is_alive() and self.loop is not None:
            try:
                self.loop.call_soon_threadsafe(self.task.cancel)
            except RuntimeError:  # the loop closed meanwhile: the crawl has ended anyway
                pass


DONE = object()


def batches(pages):
    """Lists of pages from the queue: every FLUSH_PAGES pages or FLUSH_SECONDS, whichever
    comes first (a slow page must not hold back the pages checked before it), then the rest."""
    batch, due = [], time.monotonic() + FLUSH_SECONDS
    while (page := next_page(pages, due)) is not DONE:
        if page is not None:
            batch.append(page)
        if len(batch) >= FLUSH_PAGES or time.monotonic() >= due:
            if batch:
                yield batch
            batch, due = [], time.monotonic() + FLUSH_SECONDS
    if batch:
        yield batch


def next_page(pages, due):
    try:
        return pages.get(timeout=max(0.0, due - time.monotonic()))
    except queue.Empty:
        return None


def store(scan, pages):
    """The pages and the counters they make, together: the summary never disagrees with
    the rows, even for a scan whose worker dies before it ends."""
    with transaction.atomic():
        PageResult.objects.bulk_create(pages, batch_size=200)
        Scan.objects.filter(pk=scan.pk).update(**scan.count_pages())


def crawler_for(scan, on_result, *, allow_private=None, on_page=None, verify=True) -> Crawler:
    site = scan.site
    known, recheck = previous_urls(site, scan)
    return Crawler(site.url, max_pages=site.page_budget(),
                   per_host=settings.PCIO_WEBWATCH_PER_HOST, allow_private=allow_private,
                   known=known, recheck=recheck, verify=verify, on_page=on_page,
                   on_result=lambda page: on_result(page_result(scan, page)),
                   keep_fetches=False, own=sites.own_hosts(site.agency_id))


def finish(scan, report) -> Scan:
    record(scan, report)
    scan.refresh_from_db()
    site = scan.site
    if not superseded(scan):
        site.status, site.last_scan_at = scan.status, scan.finished_at
        site.save(update_fields=["status", "last_scan_at"])
        update_incident(scan)
    prune_old_pages(site)
    return scan


def record(scan, report):
    """Store the result; the pages are stored already. A scan swept as stopped while its
    worker was only slow still gets its result (its pages were really checked, and evidence
    of an infection must not be thrown away), with a note that replaces the failure message."""
    with transaction.atomic():
        fields = {"status": site_status(report), "error": scan.error or incomplete(report),
                  "finished_at": timezone.now(), **scan.count_pages()}
        if not Scan.objects.filter(pk=scan.pk, finished_at__isnull=True).update(**fields):
            fields["error"] = late_note(scan, fields["error"])
            Scan.objects.filter(pk=scan.pk).update(**fields)


def site_status(report) -> str:
    """A scan that could not check some page does not make the site clean (that page may be
    the infected one): it is stored as unreachable, which leaves a live incident open."""
    if report is None or report.verdict == "could_not_check":
        return Status.UNREACHABLE
    return report.verdict


def incomplete(report) -> str:
    if report is None or report.verdict != "could_not_check":
        return ""
    missed = sum(p.verdict == "could_not_check" for p in report.pages)
    return (f"ตรวจไม่ได้ {missed} หน้า จึงยังไม่ถือว่าเว็บไซต์ปกติ / {missed} pages could not be "
            "checked, so the site is not called clean")


def late_note(scan, error) -> str:
    stopped_at = Scan.objects.values_list("finished_at", flat=True).get(pk=scan.pk)
    log.warning("scan finished after it was marked stopped",
                extra={"site": scan.site.url, "scan": scan.pk})
    note = (f"บันทึกผลหลังกำหนด: การตรวจนี้ถูกหมายว่าหยุดกลางคันเมื่อ {alerts.when(stopped_at)} "
            "แต่ทำงานต่อจนเสร็จ ผลและจำนวนหน้าที่แสดงมาจากการตรวจที่เสร็จจริง / Finished after "
            "it was marked stopped midway; the result shown is the finished scan's.")
    return "\n".join(filter(None, [note, error]))


def superseded(scan) -> bool:
    """A later scan already gave the site a verdict: a late result is history only."""
    return scan.site.scans.filter(started_at__gt=scan.started_at, finished_at__isnull=False) \
        .exclude(status=Status.UNKNOWN).exists()


def evidence_of(scan, limit=10) -> list:
    items = []
    for page in scan.pages.filter(verdict="infected"):
        for f in page.findings:
            if f["kind"] != "could_not_check":
                items.append({"url": page.url, **f})
    items.sort(key=lambda item: -item.get("weight", 0))
    return items[:limit]


def live_incident(site):
    return site.incidents.filter(~Q(state=IncidentState.CLOSED)).first()


def update_incident(scan) -> Incident | None:
    """Infected opens (or refreshes) the site's incident; clean closes it; unreachable waits."""
    incident = live_incident(scan.site)
    if scan.status == Status.INFECTED:
        if incident is None:
            return open_incident(scan)
        incident.last_scan, incident.evidence = scan, evidence_of(scan)
        incident.save(update_fields=["last_scan", "evidence"])
        alerts.send_reminder(incident)
    elif scan.status == Status.CLEAN and incident is not None:
        incident.state, incident.closed_at = IncidentState.CLOSED, timezone.now()
        incident.last_scan = scan
        incident.save(update_fields=["state", "closed_at", "last_scan"])
        alerts.send_closed(incident)
    return incident


def open_incident(scan) -> Incident:
    try:
        with transaction.atomic():
            incident = Incident.objects.create(site=scan.site, first_scan=scan, last_scan=scan,
                                               evidence=evidence_of(scan))
    except IntegrityError:  # another worker opened it a moment ago
        return live_incident(scan.site)
    alerts.send_opened(incident)
    return incident


def prune_old_pages(site):
    """Older scans keep their summary and their problem pages; their clean pages go, or a
    national deployment would store millions of identical rows a day."""
    old = site.scans.order_by("-started_at", "-id").values_list("id", flat=True)[KEEP_SCANS:]
    PageResult.objects.filter(scan_id__in=list(old), verdict="clean").delete()


def send_due_reminders(now=None) -> int:
    live = Incident.objects.filter(~Q(state=IncidentState.CLOSED)).select_related(
        "site__agency")
    return sum(alerts.send_reminder(incident, now) for incident in live)
