import datetime

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model

from pcio.lib import jobs, thai
from pcio.lib.notify import notify
from pcio.readiness import cycle


@shared_task
@jobs.scheduled("readiness-reminders")
def send_reminders(today=None) -> int:
    """E-mail each agency with overdue questions, at most once per configured interval."""
    today = datetime.date.fromisoformat(today) if today else datetime.date.today()
    every = datetime.timedelta(days=settings.PCIO_READINESS_REMINDER_DAYS)
    sent = 0
    for agency, overdue in cycle.overdue_by_agency(today).items():
        lines = [f"- ข้อ {a.question.code} (ปี {a.question.year.year}) "
                 f"กำหนดส่ง {thai.thai_date(a.due)}" for a in overdue]
        title = f"แบบสำรวจความพร้อมรัฐบาลดิจิทัล: {agency.name_th} มี {len(overdue)} ข้อเลยกำหนด"
        body = "\n".join([title, "", *lines, "", "กรุณาตอบและแนบหลักฐานในระบบ pcio"])
        sent += notify(f"readiness-overdue-{agency.pk}", _targets(agency), title, body,
                       every=every)
    return sent


def _targets(agency):
    officers = get_user_model().objects.filter(profile__agency=agency, is_active=True) \
        .exclude(email="").values_list("email", flat=True)
    return [agency.email, *officers]
