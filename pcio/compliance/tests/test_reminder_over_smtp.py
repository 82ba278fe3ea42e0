"""A reminder in Thai, listing what is missing, reaches the agency's contact over real SMTP."""

from email import message_from_bytes, policy

from pcio.compliance import reminders, tasks
from pcio.compliance.models import Kind


def _body(envelope):
    message = message_from_bytes(envelope.content, policy=policy.default)
    part = message.get_body(("plain",)) if message.is_multipart() else message
    return str(message["Subject"]), part.get_content()


def test_a_reminder_lists_what_the_agency_is_missing(smtp_server, agency_a, record_for,
                                                     channel_for):
    agency_a.email = "contact@nso.go.th"
    agency_a.save()
    channel_for(agency_a, Kind.FACEBOOK, "https://www.facebook.com/nso", meta_verified=False)
    assert reminders.remind(agency_a)
    assert len(smtp_server.messages) == 1
    assert smtp_server.messages[0].rcpt_tos == ["contact@nso.go.th"]
    subject, body = _body(smtp_server.messages[0])
    assert agency_a.name_th in subject
    assert "ประกาศช่องทางอิเล็กทรอนิกส์บน info.go.th" in body
    assert "Meta Verified" in body
    assert "ใช้ระบบ e-Office" in body


def test_a_second_reminder_within_the_interval_is_not_sent(smtp_server, agency_a, settings):
    settings.PCIO_COMPLIANCE_REMINDER_DAYS = 14
    agency_a.email = "contact@nso.go.th"
    agency_a.save()
    assert reminders.remind(agency_a)
    assert not reminders.remind(agency_a)
    assert len(smtp_server.messages) == 1


def test_the_reminder_task_skips_complete_agencies_and_agencies_without_email(
        smtp_server, agency_a, agency_b, make_agency, complete_agency):
    agency_a.email = "contact@nso.go.th"
    agency_a.save()
    complete_agency.email = "done@nongkhai.go.th"
    complete_agency.save()
    assert tasks.remind_all() == 1
    assert [m.rcpt_tos for m in smtp_server.messages] == [["contact@nso.go.th"]]
