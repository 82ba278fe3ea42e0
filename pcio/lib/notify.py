"""Notifications through Apprise, each sent at most once per key (or once per interval).

Targets are Apprise URLs (tgram://, line://, json://, mailto://, ...) or plain e-mail
addresses, which are sent through the SMTP server in Django's EMAIL_* settings.

    notify("incident-12-open", ["officer@nongkhai.go.th", "tgram://..."], title, body)
    notify("reminder-agency-7", targets, title, body, every=timedelta(days=3))
"""

from urllib.parse import quote, urlencode

import apprise
from django.conf import settings
from django.utils import timezone

from pcio.lib import jobs


def email_url(address: str) -> str:
    auth = ""
    if settings.EMAIL_HOST_USER:
        auth = f"{quote(settings.EMAIL_HOST_USER, safe='')}:"
        auth += f"{quote(settings.EMAIL_HOST_PASSWORD, safe='')}@"
    query = {
        "from": settings.DEFAULT_FROM_EMAIL,
        "to": address,
        "smtp": settings.EMAIL_HOST or "localhost",
        "mode": "starttls" if settings.EMAIL_USE_TLS else "insecure",
        "format": "text",
    }
    scheme = "mailtos" if settings.EMAIL_USE_TLS else "mailto"
    host = settings.EMAIL_HOST or "localhost"
    return f"{scheme}://{auth}{host}:{settings.EMAIL_PORT}?{urlencode(query)}"


def to_apprise_url(target: str) -> str:
    return target if "://" in target else email_url(target)


def already_sent(key: str, every=None) -> bool:
    from pcio.front.models import Notification

    sent = Notification.objects.filter(key=key, ok=True)
    if every is not None:
        sent = sent.filter(sent_at__gt=timezone.now() - every)
    return sent.exists()


def notify(key: str, targets, title: str, body: str, every=None) -> bool:
    """Send unless this key was sent already (ever, or within `every`). True if sent now."""
    from pcio.front.models import Notification

    targets = sorted({t.strip() for t in targets if t and t.strip()})
    if not targets or already_sent(key, every):
        return False
    sender = apprise.Apprise()
    for target in targets:
        sender.add(to_apprise_url(target))
    ok = bool(sender.notify(title=title, body=body))
    Notification.objects.create(key=key, title=title[:200], targets=", ".join(targets), ok=ok)
    # a reminder or alert that could not be sent fails the job sending it; an Apprise URL
    # holds its token, so the log names only its scheme
    if not ok:
        shown = ", ".join(t.split("://")[0] + "://…" if "://" in t else t for t in targets)
        jobs.failed(key, f"ส่งการแจ้งเตือนไม่สำเร็จ / notification failed: {shown}")
    return ok


def secretariat_targets():
    return list(settings.PCIO_SECRETARIAT_NOTIFY)
