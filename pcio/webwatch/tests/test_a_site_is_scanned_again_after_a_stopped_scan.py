"""One scan of a site at a time, so a redelivered task or a second re-check cannot overlap
a running one; a dead worker's scan holds the site only until its deadline."""

from datetime import timedelta

from django.utils import timezone

from pcio.webwatch import stale
from pcio.webwatch.models import Scan, Site
from pcio.webwatch.scanning import run_scan
from pcio.webwatch.tasks import scan_site, schedule_due_scans
from pcio.webwatch.tests.pages import SPAM, clean


def past_deadline(scan):
    """As if the scan's worker had died longer ago than the scan's deadline allows."""
    started = timezone.now() - stale.allowance(scan.site.page_budget()) - timedelta(minutes=1)
    Scan.objects.filter(pk=scan.pk).update(started_at=started)


def test_a_running_scan_holds_its_site_until_it_is_past_its_deadline(watched):
    running = Scan.objects.create(site=watched)  # a worker is on it
    assert scan_site(watched.pk) == "busy"
    assert watched.scans.count() == 1
    past_deadline(running)
    assert scan_site(watched.pk) == "clean"
    running.refresh_from_db()
    assert running.stopped
    assert watched.scans.count() == 2


def test_the_dispatcher_sweeps_before_it_dispatches(watched, agency_a):
    later = Site.objects.create(agency=agency_a, url="https://later.example.go.th/",
                                next_scan_at=timezone.now() + timedelta(hours=5))
    dead = Scan.objects.create(site=later)
    past_deadline(dead)
    assert schedule_due_scans() == 1  # only `watched` is due
    assert Scan.objects.get(pk=dead.pk).stopped
    assert watched.scans.get().status == "clean"


def test_the_scan_after_a_stopped_one_compares_with_the_last_whole_scan(watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    dead = Scan.objects.create(site=watched)
    stale.sweep(now=stale.deadline(dead) + timedelta(seconds=1))
    # the planted page is no longer linked, and a new page appears
    watched.server.page("/", clean("/events"))
    watched.server.page("/events", clean())
    scan = run_scan(watched)
    assert scan.pages.filter(url__endswith="/news", verdict="infected").exists()
    assert [p.url[-7:] for p in scan.pages.filter(is_new=True)] == ["/events"]
