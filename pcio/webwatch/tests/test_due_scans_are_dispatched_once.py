from datetime import timedelta

from django.utils import timezone

from pcio.webwatch.models import Scan, Site
from pcio.webwatch.tasks import claim_due, schedule_due_scans


def test_only_due_active_sites_are_scanned_and_their_next_scan_moves_on(watched, agency_a):
    later = Site.objects.create(agency=agency_a, url="https://later.example.go.th/",
                                next_scan_at=timezone.now() + timedelta(hours=5))
    paused = Site.objects.create(agency=agency_a, url="https://paused.example.go.th/",
                                 active=False)
    watched.interval_hours = 6
    watched.save()
    before = timezone.now()
    assert schedule_due_scans() == 1
    assert list(Scan.objects.values_list("site_id", flat=True)) == [watched.pk]
    watched.refresh_from_db()
    assert watched.next_scan_at >= before + timedelta(hours=6)
    assert not later.scans.exists() and not paused.scans.exists()


def test_a_site_claimed_by_one_dispatcher_is_not_claimed_again(agency_a):
    Site.objects.create(agency=agency_a, url="https://a.example.go.th/")
    assert len(claim_due()) == 1
    assert claim_due() == []
