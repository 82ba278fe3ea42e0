"""A worker that was only slow, not dead, finishes after the sweep marked its scan stopped.
Its pages were really checked, so its result is recorded (evidence of an infection is never
thrown away) and replaces the failure note with one saying so; the counters are those of the
stored pages. If a later scan already gave the site a verdict, the late result is history."""

from datetime import timedelta

from django.utils import timezone

from pcio.lib.thai import thai_datetime
from pcio.webwatch import stale
from pcio.webwatch.models import Incident, Scan
from pcio.webwatch.scanning import begin, run_scan
from pcio.webwatch.tests.pages import SPAM, clean


def sweep_while_working(scan):
    """The sweep gives up on the scan while its worker is still crawling."""
    stale.sweep(now=stale.deadline(scan) + timedelta(seconds=1))
    scan = Scan.objects.get(pk=scan.pk)
    assert scan.stopped
    return scan.finished_at


def test_a_slow_worker_records_its_result_and_says_it_came_late(watched):
    scan = begin(watched)
    stopped_at = sweep_while_working(scan)
    watched.server.page("/news", SPAM)
    late = run_scan(watched, scan=scan)  # the worker carries on and finishes
    assert (late.pk, late.status) == (scan.pk, "infected")
    assert late.error.startswith("บันทึกผลหลังกำหนด")
    assert thai_datetime(timezone.localtime(stopped_at)) in late.error
    assert "การตรวจหยุดกลางคัน" not in late.error and late.finished_at != stopped_at
    counts = late.count_pages()
    assert counts["pages_checked"] == 2 and counts["infected_pages"] == 1
    assert counts == {"pages_checked": late.pages_checked, "infected_pages": late.infected_pages,
                      "failed_pages": late.failed_pages, "new_urls": late.new_urls}
    watched.refresh_from_db()
    assert (watched.status, watched.last_scan_at) == ("infected", late.finished_at)
    assert Incident.objects.get(site=watched).first_scan == late


def test_a_late_result_older_than_the_sites_verdict_is_kept_as_history(watched):
    slow = begin(watched)
    sweep_while_working(slow)
    watched.server.page("/news", SPAM)
    newer = run_scan(watched)  # the next scan, free to start, finds the site infected
    watched.server.page("/news", clean())
    slow = run_scan(watched, scan=slow)  # the slow worker comes back, clean
    assert slow.status == "clean" and slow.error.startswith("บันทึกผลหลังกำหนด")
    assert slow.pages_checked == 2
    watched.refresh_from_db()
    assert (watched.status, watched.last_scan_at) == ("infected", newer.finished_at)
    assert Incident.objects.get(site=watched).state == "open"
