"""`pcio readiness remind` exits 1, naming the reminder, when the mail server refuses it."""

import socket

import pytest
from django.core.management import CommandError, call_command

from pcio.front.models import JobRun


def test_a_reminder_the_mail_server_refused_exits_1(settings, question_a, agency_a):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    agency_a.email = "stat@nongkhai.example"
    agency_a.save()
    with pytest.raises(CommandError) as failed:
        call_command("readiness", "remind")  # due 30 May 2568: overdue today
    assert failed.value.returncode == 1
    assert f"readiness-overdue-{agency_a.pk}" in str(failed.value)
    assert JobRun.objects.get(name="readiness-reminders").ok is False
