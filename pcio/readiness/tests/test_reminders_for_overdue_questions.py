from pcio.front.models import Notification
from pcio.readiness.models import Status
from pcio.readiness.tasks import send_reminders


def _mail_settings(settings, smtp_server):
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp_server.port
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER = False, ""
    settings.PCIO_READINESS_REMINDER_DAYS = 3


def test_an_agency_with_an_overdue_question_gets_one_email(settings, smtp_server, question_a,
                                                           question_b, agency_a):
    _mail_settings(settings, smtp_server)
    agency_a.email = "stat@nongkhai.example"
    agency_a.save()
    question_b.assignment.status = Status.SUBMITTED
    question_b.assignment.save()
    assert send_reminders("2025-06-02") == 1
    assert len(smtp_server.messages) == 1
    message = smtp_server.messages[0]
    assert message.rcpt_tos == ["stat@nongkhai.example"]
    assert "ข้อ 1.1" in _text(message.content) and "4.1" not in _text(message.content)


def _text(raw):
    import email

    parts = email.message_from_bytes(raw).walk()
    return "".join(p.get_payload(decode=True).decode() for p in parts
                   if p.get_content_maintype() == "text")


def test_a_reminder_is_sent_at_most_once_per_interval(settings, smtp_server, question_a,
                                                      agency_a):
    _mail_settings(settings, smtp_server)
    agency_a.email = "stat@nongkhai.example"
    agency_a.save()
    assert send_reminders("2025-06-02") == 1
    assert send_reminders("2025-06-02") == 0
    assert len(smtp_server.messages) == 1
    # Once the interval has passed, the agency is reminded again.
    from datetime import timedelta

    note = Notification.objects.get()
    note.sent_at -= timedelta(days=4)
    note.save()
    assert send_reminders("2025-06-06") == 1
    assert len(smtp_server.messages) == 2


def test_nothing_is_sent_before_the_due_date(settings, smtp_server, question_a, agency_a):
    _mail_settings(settings, smtp_server)
    agency_a.email = "stat@nongkhai.example"
    agency_a.save()
    assert send_reminders("2025-05-30") == 0
    assert smtp_server.messages == []


def test_the_remind_command_sends_the_same_reminders(settings, smtp_server, question_a,
                                                     agency_a):
    import io

    from django.core.management import call_command

    _mail_settings(settings, smtp_server)
    agency_a.email = "stat@nongkhai.example"
    agency_a.save()
    out = io.StringIO()
    call_command("readiness", "remind", stdout=out)  # due 30 May 2568: overdue today
    assert "ส่งการแจ้งเตือน 1 หน่วยงาน" in out.getvalue()
    assert len(smtp_server.messages) == 1
