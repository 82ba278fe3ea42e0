from datetime import timedelta

from pcio.front.models import Notification
from pcio.lib.notify import notify


def test_a_notification_reaches_a_real_smtp_server_once(db, smtp_server):
    assert notify("incident-1-open", ["officer@nongkhai.go.th"], "แจ้งเตือน", "พบเว็บพนัน")
    assert not notify("incident-1-open", ["officer@nongkhai.go.th"], "แจ้งเตือน", "พบเว็บพนัน")
    assert len(smtp_server.messages) == 1
    assert smtp_server.messages[0].rcpt_tos == ["officer@nongkhai.go.th"]


def test_a_reminder_is_sent_again_only_after_its_interval(db, smtp_server):
    every = timedelta(days=3)
    assert notify("remind-7", ["a@nongkhai.go.th"], "เตือน", "ค้างส่ง", every=every)
    assert not notify("remind-7", ["a@nongkhai.go.th"], "เตือน", "ค้างส่ง", every=every)
    Notification.objects.update(sent_at=Notification.objects.get().sent_at - timedelta(days=4))
    assert notify("remind-7", ["a@nongkhai.go.th"], "เตือน", "ค้างส่ง", every=every)
    assert len(smtp_server.messages) == 2


def test_a_failed_send_is_recorded_and_tried_again_next_time(db, settings):
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    assert not notify("k", ["a@nongkhai.go.th"], "t", "b")
    assert Notification.objects.get().ok is False
    assert not Notification.objects.filter(ok=True).exists()
