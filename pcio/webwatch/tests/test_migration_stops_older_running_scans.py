"""Migration 0002: before one running scan per site is enforced, the older unfinished scans
a site collected are marked stopped; the newest stays running and every page is kept."""

from datetime import timedelta

import pytest
from django.utils import timezone

BEFORE = ("webwatch", "0001_initial")
AFTER = ("webwatch", "0002_one_running_scan_per_site")


@pytest.mark.django_db(transaction=True)
def test_older_unfinished_scans_are_stopped_and_the_newest_keeps_running(agency_a, migrate):
    apps = migrate(BEFORE)
    Site, Scan = apps.get_model("webwatch", "Site"), apps.get_model("webwatch", "Scan")
    site = Site.objects.create(agency_id=agency_a.pk, url="https://www.example.go.th/")
    now = timezone.now()
    older, newest = (Scan.objects.create(site=site, started_at=now - timedelta(hours=h))
                     for h in (30, 2))
    older.pages.create(url=site.url, verdict="infected", score=0.9)
    migrate(AFTER)
    older.refresh_from_db()
    newest.refresh_from_db()
    assert older.finished_at and older.status == "unknown"
    assert older.error.startswith("การตรวจหยุดกลางคัน")
    assert (older.pages.count(), older.pages_checked, older.infected_pages) == (1, 1, 1)
    assert newest.finished_at is None
