from datetime import timedelta

from pcio.webwatch.models import Incident
from pcio.webwatch.scanning import run_scan, send_due_reminders
from pcio.webwatch.tests.pages import SPAM, clean


def bodies(smtp_server):
    return [m.content.decode("utf-8", "replace") for m in smtp_server.messages]


def setup_targets(watched, settings, webhook):
    watched.agency.email = "webmaster@nongkhai.go.th"
    watched.agency.save()
    settings.PCIO_SECRETARIAT_NOTIFY = [webhook.target]


def test_opening_sends_one_thai_alert_with_evidence_to_the_agency_and_the_secretariat(
        watched, smtp_server, webhook, settings):
    setup_targets(watched, settings, webhook)
    watched.server.page("/news", SPAM)
    run_scan(watched)
    run_scan(watched)  # still infected: no second alert
    assert len(smtp_server.messages) == 1 and len(webhook.posts) == 1
    assert smtp_server.messages[0].rcpt_tos == ["webmaster@nongkhai.go.th"]
    post = webhook.posts[0]
    assert "พบการฝังเว็บพนัน" in post["title"]
    assert "/news" in post["message"] and "สิ่งที่ควรทำ" in post["message"]
    assert "หลักฐาน" in post["message"]
    incident = Incident.objects.get()
    assert f"/webwatch/incidents/{incident.pk}/" in post["message"]


def test_a_reminder_goes_once_per_period_while_open_and_closing_sends_one_alert(
        watched, smtp_server, webhook, settings):
    setup_targets(watched, settings, webhook)
    settings.PCIO_WEBWATCH_REMIND_DAYS = 3
    watched.server.page("/news", SPAM)
    run_scan(watched)
    incident = Incident.objects.get()
    assert send_due_reminders() == 0  # too early
    Incident.objects.update(opened_at=incident.opened_at - timedelta(days=3, hours=1))
    assert send_due_reminders() == 1
    run_scan(watched)
    assert send_due_reminders() == 0
    assert ["เตือน" in p["title"] for p in webhook.posts] == [False, True]
    watched.server.page("/news", clean())
    run_scan(watched)
    run_scan(watched)
    assert len(webhook.posts) == 3 and "ปิดเหตุ" in webhook.posts[2]["title"]
    assert len(smtp_server.messages) == 3
