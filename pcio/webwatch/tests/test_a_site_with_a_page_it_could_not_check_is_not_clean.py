"""A page nobody saw may be the infected one: a scan with a page that could not be checked
does not make the site clean (exit 2 from `pcio webwatch scan`, stored as unreachable with a
note), so an open incident stays open until a scan sees every page."""

import io

import pytest
from django.core.management import call_command

from pcio.webwatch.crawl import crawl
from pcio.webwatch.models import Incident, IncidentState, Status
from pcio.webwatch.scanning import run_scan
from pcio.webwatch.tests.pages import SPAM, clean, ok


def failing(request):
    return 500, {}, "<h1>500 Internal Server Error</h1>"


def test_the_crawl_report_is_could_not_check_and_the_scan_command_exits_2(site, db):
    server = site({"/": ok(clean("/a", "/b")), "/a": ok(clean()), "/b": failing})
    report = crawl(server.url + "/", allow_private=True, probe=False)
    assert {p.url.rsplit("/", 1)[1]: p.verdict for p in report.pages} == {
        "": "clean", "a": "clean", "b": "could_not_check"}
    assert report.verdict == "could_not_check"
    with pytest.raises(SystemExit) as caught:
        call_command("webwatch", "scan", server.url + "/", "--allow-private", "--max-pages", "5",
                     stdout=io.StringIO())
    assert caught.value.code == 2


def test_a_scan_that_missed_a_page_keeps_the_incident_open(watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    watched.server.routes["/news"] = failing  # the planted page now hides behind an error
    scan = run_scan(watched)
    assert scan.status == Status.UNREACHABLE and scan.failed_pages == 1
    assert "ตรวจไม่ได้ 1 หน้า" in scan.error
    assert Incident.objects.get(site=watched).state == IncidentState.OPEN
    watched.server.page("/news", clean())
    assert run_scan(watched).status == Status.CLEAN
    assert Incident.objects.get(site=watched).state == IncidentState.CLOSED
