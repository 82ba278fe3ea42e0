"""`pcio webwatch run-due` exits 1 when a scan crashed (here a bug injected into the crawl of
one site: a malformed address no longer crashes anything); an unreachable or infected site
is a finding and exits 0."""

import pytest
from django.core.management import CommandError, call_command

from pcio.front.models import JobRun
from pcio.webwatch import scanning
from pcio.webwatch.models import Site


def test_a_crashed_scan_exits_1_and_the_other_sites_are_still_scanned(watched, agency_a,
                                                                       monkeypatch):
    broken = Site.objects.create(agency=agency_a, url="http://127.0.0.1:9/broken/")
    real = scanning.crawler_for

    def crawler_for(scan, *args, **options):
        if scan.site_id == broken.pk:
            raise RuntimeError("a crawler bug")
        return real(scan, *args, **options)

    monkeypatch.setattr(scanning, "crawler_for", crawler_for)
    with pytest.raises(CommandError) as failed:
        call_command("webwatch", "run-due")
    assert failed.value.returncode == 1
    assert "http://127.0.0.1:9/broken/: RuntimeError" in str(failed.value)
    assert watched.scans.get().status == "clean"
    assert JobRun.objects.get(name="webwatch-due-scans").ok is False


def test_a_run_with_nothing_crashed_exits_0(watched, dead_site):
    call_command("webwatch", "run-due")
    assert dead_site.scans.get().status == "unreachable"
    run = JobRun.objects.get(name="webwatch-due-scans")
    assert (run.ok, run.done) == (True, 2)


@pytest.fixture
def dead_site(agency_a):
    return Site.objects.create(agency=agency_a, url="http://127.0.0.1:9/")
