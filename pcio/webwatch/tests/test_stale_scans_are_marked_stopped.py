"""A scan left unfinished by a crashed or killed worker is marked stopped once it is past
its deadline: finished, with a Thai reason, its recorded pages kept, nobody alerted."""

import math
from datetime import timedelta

from django.utils import timezone

from pcio.front.models import Notification
from pcio.webwatch import stale
from pcio.webwatch.crawl import MAX_SITEMAPS
from pcio.webwatch.detect import PERSONAS
from pcio.webwatch.models import PageResult, Scan, Site


def crashed(site, past=timedelta(minutes=1)):
    """An unfinished scan whose worker is gone: started longer ago than its deadline."""
    started = timezone.now() - stale.allowance(site.page_budget()) - past
    return Scan.objects.create(site=site, started_at=started)


def test_a_scan_past_its_deadline_is_stopped_and_a_running_one_is_left_alone(watched, agency_a):
    dead = crashed(watched)
    other = Site.objects.create(agency=agency_a, url="https://fresh.example.go.th/")
    fresh = crashed(other, past=timedelta(minutes=-1))  # a minute before its deadline
    assert stale.sweep() == 1
    dead.refresh_from_db()
    fresh.refresh_from_db()
    assert dead.stopped and dead.finished_at
    assert dead.error.startswith("การตรวจหยุดกลางคัน")
    assert (fresh.finished_at, fresh.status, fresh.error) == (None, "unknown", "")
    assert stale.sweep() == 0


def test_pages_recorded_before_the_crash_are_kept_and_counted(watched):
    dead = crashed(watched)
    for path, verdict, is_new in [("/", "clean", False), ("/slot", "infected", True),
                                  ("/old", "could_not_check", False)]:
        PageResult.objects.create(scan=dead, url=watched.url.rstrip("/") + path,
                                  verdict=verdict, is_new=is_new)
    stale.sweep()
    dead.refresh_from_db()
    assert dead.pages.count() == 3
    assert (dead.pages_checked, dead.infected_pages, dead.failed_pages, dead.new_urls) == (
        3, 1, 1, 1)
    assert "3 หน้า" in dead.error


def test_the_site_keeps_its_verdict_and_incident_and_nobody_is_alerted(
        make_infected, agency_a, settings, webhook):
    settings.PCIO_SECRETARIAT_NOTIFY = [webhook.target]
    incident = make_infected(agency_a)
    crashed(incident.site)
    assert stale.sweep() == 1
    incident.refresh_from_db()
    incident.site.refresh_from_db()
    assert (incident.site.status, incident.state) == ("infected", "open")
    assert not webhook.posts and not Notification.objects.exists()


def test_the_deadline_outlasts_the_slowest_scan_the_caps_allow(settings):
    settings.PCIO_FETCH_TIMEOUT, settings.PCIO_WEBWATCH_PER_HOST = 15, 4
    for budget in (1, 50, 200, 2000):
        # every page as every persona, the probe, robots.txt and sitemaps; each fetch using
        # its whole timeout, four at a time
        fetches = (budget + 1) * len(PERSONAS) + 1 + MAX_SITEMAPS
        assert stale.allowance(budget) > timedelta(seconds=math.ceil(fetches / 4) * 15)
    longer = stale.allowance(200)
    settings.PCIO_FETCH_TIMEOUT = 30
    assert stale.allowance(200) > longer
    settings.PCIO_WEBWATCH_PER_HOST = 8
    assert stale.allowance(200) < stale.allowance(400)


def test_an_explicit_setting_replaces_the_derived_deadline(settings, watched, agency_a):
    settings.PCIO_WEBWATCH_SCAN_STALE_MINUTES = 5
    assert stale.allowance(2000) == timedelta(minutes=5)
    old = Scan.objects.create(site=watched, started_at=timezone.now() - timedelta(minutes=6))
    other = Site.objects.create(agency=agency_a, url="https://young.example.go.th/")
    young = Scan.objects.create(site=other, started_at=timezone.now() - timedelta(minutes=4))
    assert stale.sweep() == 1
    assert Scan.objects.get(pk=old.pk).stopped
    assert Scan.objects.get(pk=young.pk).finished_at is None
