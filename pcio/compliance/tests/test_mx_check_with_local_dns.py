"""An e-mail channel passes when its domain has an MX record (asked of a local DNS server)."""

from pcio.compliance import checks, tasks
from pcio.compliance.models import Kind


def test_a_domain_with_an_mx_record_passes(local_dns):
    resolver = checks.make_resolver([f"127.0.0.1:{local_dns.port}"])
    outcome = checks.check_mx("saraban@nongkhai.go.th", resolver)
    assert outcome.ok
    assert "mail.nongkhai.go.th" in outcome.message


def test_a_domain_without_mx_fails_with_a_thai_message(local_dns):
    resolver = checks.make_resolver([f"127.0.0.1:{local_dns.port}"])
    outcome = checks.check_mx("someone@no-mail.example", resolver)
    assert not outcome.ok
    assert "ไม่มีระเบียน MX" in outcome.message


def test_a_silent_dns_server_fails_without_crashing(dead_port):
    resolver = checks.make_resolver([f"127.0.0.1:{dead_port}"], timeout=1)
    assert not checks.check_mx("saraban@nongkhai.go.th", resolver).ok


def test_the_task_checks_email_channels_through_the_configured_resolver(
        local_dns, agency_a, channel_for):
    good = channel_for(agency_a, Kind.EMAIL, "saraban@nongkhai.go.th")
    bad = channel_for(agency_a, Kind.EMAIL, "info@no-mail.example")
    tasks.check_agency(agency_a.pk)
    good.refresh_from_db()
    bad.refresh_from_db()
    assert (good.check_ok, bad.check_ok) == (True, False)
    assert bad.value == "info@no-mail.example"
