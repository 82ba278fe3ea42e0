"""Without a broker, "re-check now" scans in a thread of the web process: the request comes
back at once, the site page shows the scan running, and a second click starts no second
scan of the same site."""

import time

import pytest
from django.urls import reverse

from pcio.webwatch.models import Scan, Site
from pcio.webwatch.tests.pages import clean

SLOW = 1.5  # seconds the site takes to answer each request for its start page


def slowly(request):
    time.sleep(SLOW)
    return 200, {}, clean()


@pytest.fixture
def slow_site(site, agency_a, settings):
    settings.PCIO_FETCH_ALLOW_PRIVATE, settings.PCIO_FETCH_TIMEOUT = True, 10
    settings.PCIO_SECRETARIAT_NOTIFY = []
    server = site({"/": slowly})
    return Site.objects.create(agency=agency_a, url=server.url + "/", max_pages=3)


@pytest.mark.django_db(transaction=True)
def test_the_request_returns_before_a_slow_site_is_scanned(client, officer_a, slow_site,
                                                          background_scans):
    client.force_login(officer_a)
    started = time.monotonic()
    response = client.post(reverse("webwatch_recheck", args=[slow_site.pk]), follow=True)
    assert time.monotonic() - started < SLOW
    assert "สั่งตรวจซ้ำแล้ว" in response.content.decode()
    assert 'id="scan-running"' in response.content.decode()
    scan = Scan.objects.get(site=slow_site)
    assert scan.finished_at is None
    background_scans()
    scan.refresh_from_db()
    assert (scan.status, scan.pages_checked) == ("clean", 1)
    page = client.get(slow_site.get_absolute_url()).content.decode()
    assert 'id="scan-running"' not in page


@pytest.mark.django_db(transaction=True)
def test_a_second_click_while_the_scan_runs_starts_no_second_scan(client, officer_a, slow_site,
                                                                 background_scans):
    client.force_login(officer_a)
    client.post(reverse("webwatch_recheck", args=[slow_site.pk]))
    response = client.post(reverse("webwatch_recheck", args=[slow_site.pk]), follow=True)
    assert "กำลังตรวจอยู่" in response.content.decode()
    background_scans()
    assert Scan.objects.filter(site=slow_site).count() == 1
