"""`pcio compliance check` exits 1 when a check could not run (a channel that fails its check
is a finding, not a failure) and `pcio compliance remind` when a reminder could not be sent."""

import pytest
from django.core.management import CommandError, call_command

from pcio.compliance.models import Kind
from pcio.front.models import JobRun, Notification


def fails(*args) -> str:
    with pytest.raises(CommandError) as failed:
        call_command("compliance", *args)
    assert failed.value.returncode == 1
    return str(failed.value)


def test_a_check_that_could_not_run_exits_1(agency_a, channel_for, settings):
    settings.PCIO_COMPLIANCE_DNS_SERVERS = ["127.0.0.1:domain"]  # a port that is no number
    channel_for(agency_a, Kind.EMAIL, "saraban@nso.go.th")
    assert "ล้มเหลว 1 รายการ" in fails("check")
    assert JobRun.objects.get(name="compliance-checks").ok is False
    assert "ล้มเหลว" in fails("check", "--agency", agency_a.code)


def test_a_channel_that_fails_its_check_is_a_finding_and_exits_0(agency_a, channel_for,
                                                                 dead_port, settings):
    settings.PCIO_FETCH_ALLOW_PRIVATE = True
    channel = channel_for(agency_a, Kind.WEB_FORM, f"http://127.0.0.1:{dead_port}/form")
    call_command("compliance", "check")
    channel.refresh_from_db()
    assert channel.check_ok is False
    assert JobRun.objects.get(name="compliance-checks").ok is True


def test_a_reminder_that_could_not_be_sent_exits_1(agency_a, dead_port, settings):
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", dead_port, False
    agency_a.email = "contact@nso.go.th"
    agency_a.save()
    assert "compliance-reminder-" in fails("remind")
    assert Notification.objects.get().ok is False
    assert JobRun.objects.get(name="compliance-reminders").failed == 1
