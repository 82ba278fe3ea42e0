"""Declared URLs are checked with the guarded fetcher against real local HTTPS servers."""

import pytest

from pcio.compliance import checks, tasks
from pcio.compliance.models import Channel, Kind

OK_PAGE = (200, {"Content-Type": "text/html; charset=utf-8"}, "<h1>ติดต่อเรา</h1>".encode())


@pytest.fixture
def good_site(trusted_ca, serve):
    return serve({"/form": OK_PAGE}, certfile=trusted_ca.issue("good"))


def test_a_https_site_with_a_certificate_from_a_trusted_ca_passes(good_site, trusted_ca):
    outcome = checks.check_url(good_site.url("/form"), verify=str(trusted_ca.path))
    assert outcome.ok, outcome.message


def test_an_expired_certificate_fails_with_a_tls_message(trusted_ca, serve):
    site = serve({"/form": OK_PAGE}, certfile=trusted_ca.issue("old", expired=True))
    outcome = checks.check_url(site.url("/form"), verify=str(trusted_ca.path))
    assert not outcome.ok
    assert "ใบรับรอง" in outcome.message


def test_a_certificate_from_an_unknown_ca_fails(good_site):
    outcome = checks.check_url(good_site.url("/form"), verify=True)
    assert not outcome.ok and "ใบรับรอง" in outcome.message


def test_a_redirect_to_another_host_fails(good_site, trusted_ca, serve):
    target = good_site.url("/form", host="localhost")
    site = serve({"/form": (302, {"Location": target}, b"")}, certfile=trusted_ca.issue("jump"))
    outcome = checks.check_url(site.url("/form"), verify=str(trusted_ca.path))
    assert not outcome.ok
    assert "เว็บไซต์อื่น" in outcome.message and "localhost" in outcome.message


def test_a_redirect_to_another_host_is_accepted_for_a_facebook_page(good_site, trusted_ca, serve):
    target = good_site.url("/form", host="localhost")
    site = serve({"/p": (302, {"Location": target}, b"")}, certfile=trusted_ca.issue("fb"))
    assert checks.check_url(site.url("/p"), kind=Kind.FACEBOOK, verify=str(trusted_ca.path)).ok


def test_a_dead_port_fails_as_unreachable(trusted_ca, dead_port):
    outcome = checks.check_url(f"https://127.0.0.1:{dead_port}/", verify=str(trusted_ca.path))
    assert not outcome.ok
    assert "เชื่อมต่อ" in outcome.message


def test_plain_http_fails_even_when_reachable(trusted_ca, serve):
    site = serve({"/": OK_PAGE})
    outcome = checks.check_url(site.url("/"))
    assert not outcome.ok and "HTTPS" in outcome.message


def test_an_error_status_fails(good_site, trusted_ca):
    outcome = checks.check_url(good_site.url("/missing"), verify=str(trusted_ca.path))
    assert not outcome.ok and "404" in outcome.message


def test_loopback_is_refused_unless_the_fetcher_allows_private_addresses(good_site, settings):
    settings.PCIO_FETCH_ALLOW_PRIVATE = False
    outcome = checks.check_url(good_site.url("/form"), verify=False)
    assert not outcome.ok


def test_the_scheduled_task_records_results_and_keeps_what_the_officer_entered(
        good_site, trusted_ca, dead_port, agency_a, channel_for):
    good = channel_for(agency_a, Kind.WEB_FORM, good_site.url("/form"), label="แบบฟอร์ม")
    dead = channel_for(agency_a, Kind.ESERVICE, f"https://127.0.0.1:{dead_port}/service")
    assert tasks.check_all() == 1
    good.refresh_from_db()
    dead.refresh_from_db()
    assert (good.check_ok, dead.check_ok) == (True, False)
    assert dead.checked_at is not None and dead.check_message
    assert dead.value == f"https://127.0.0.1:{dead_port}/service"
    assert Channel.objects.filter(agency=agency_a).count() == 2
    assert good.label == "แบบฟอร์ม"


def test_the_management_command_checks_one_agency(trusted_ca, dead_port, agency_a, channel_for):
    from io import StringIO

    from django.core.management import call_command

    channel = channel_for(agency_a, Kind.ESERVICE, f"https://127.0.0.1:{dead_port}/")
    out = StringIO()
    call_command("compliance", "check", "--agency", agency_a.code, stdout=out)
    assert "ผ่าน 0 ช่องทาง" in out.getvalue()
    channel.refresh_from_db()
    assert channel.check_ok is False


def test_the_checks_are_on_the_celery_beat_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["compliance-checks"]
    assert entry["task"] == "pcio.compliance.tasks.check_all"
    assert entry["schedule"] == settings.PCIO_COMPLIANCE_CHECK_HOURS * 3600
