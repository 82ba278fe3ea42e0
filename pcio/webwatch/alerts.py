"""Thai alerts for incidents: opened, reminder every few days while live, closed.

Each alert has a key per incident (and per reminder period), so pcio.lib.notify sends it
once however many scans or workers run.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from pcio.lib import notify as notifier
from pcio.lib.notify import secretariat_targets
from pcio.lib.thai import thai_datetime
from pcio.webwatch.detect import kind_label, persona_label

TODO = (
    "สิ่งที่ควรทำ:\n"
    "1. แจ้งผู้ดูแลระบบ/ผู้รับจ้างดูแลเว็บไซต์ทันที และเก็บหลักฐาน (log, ไฟล์ที่ถูกแก้ไข)\n"
    "2. ลบไฟล์และโค้ดที่ถูกฝัง ตรวจไฟล์ .htaccess, index.php, ธีม/ปลั๊กอิน และโฟลเดอร์ uploads\n"
    "3. เปลี่ยนรหัสผ่านผู้ดูแล FTP ฐานข้อมูล และปรับปรุงซอฟต์แวร์ (CMS, ปลั๊กอิน) เป็นรุ่นล่าสุด\n"
    "4. ขอให้ Google ลบหน้าที่ถูกฝังผ่าน Search Console และรายงานเหตุต่อ ThaiCERT/สกมช. ตามระเบียบ\n"
    "5. ระบบจะตรวจซ้ำอัตโนมัติ และปิดเหตุเมื่อไม่พบการฝังแล้ว (กด \"ตรวจซ้ำเดี๋ยวนี้\" ได้)"
)


def notify(key, recipients, title, body) -> bool:
    """One notification per recipient: a failing webhook must not re-send the e-mails."""
    recipients = sorted({r.strip() for r in recipients if r and r.strip()})
    sent = [notifier.notify(f"{key}:{r}", [r], title, body) for r in recipients]
    return any(sent)


def targets(site) -> list:
    people = get_user_model().objects.filter(profile__agency_id=site.agency_id, is_active=True)
    emails = [site.agency.email, *people.exclude(email="").values_list("email", flat=True)]
    return [*emails, *secretariat_targets()]


def link(incident) -> str:
    return settings.PCIO_WEBWATCH_BASE_URL + incident.get_absolute_url()


def evidence_text(incident, limit=5) -> str:
    lines = []
    for number, item in enumerate(incident.evidence[:limit], start=1):
        kind = kind_label(item["kind"])
        who = f" (มุมมอง: {persona_label(item['persona'])})" if item.get("persona") else ""
        excerpt = " ".join(item.get("evidence", "").split())[:300]
        lines.append(f"{number}. {item['url']}\n   {kind}{who}\n   หลักฐาน: {excerpt}")
    return "\n".join(lines) or "-"


def when(value) -> str:
    return thai_datetime(timezone.localtime(value)) if value else "-"


def _header(incident) -> str:
    site = incident.site
    return f"เว็บไซต์: {site.url}\nหน่วยงาน: {site.agency.name_th}\nเหตุการณ์: #{incident.pk}"


def send_opened(incident) -> bool:
    title = f"[pcio] พบการฝังเว็บพนันใน {incident.site.url}"
    body = (f"{_header(incident)}\nตรวจพบเมื่อ: {when(incident.opened_at)}\n\n"
            f"หลักฐาน:\n{evidence_text(incident)}\n\n{TODO}\n\nรายละเอียด: {link(incident)}")
    return notify(f"webwatch-incident-{incident.pk}-open", targets(incident.site), title, body)


def send_reminder(incident, now=None) -> bool:
    """One reminder per full period of PCIO_WEBWATCH_REMIND_DAYS the incident stays live."""
    days = max(1, settings.PCIO_WEBWATCH_REMIND_DAYS)
    age = ((now or timezone.now()) - incident.opened_at).days
    if not incident.is_live or age < days:
        return False
    period = age // days
    title = f"[pcio] เตือนครั้งที่ {period}: เว็บไซต์ {incident.site.url} ยังถูกฝังเว็บพนัน"
    body = (f"{_header(incident)}\nเปิดเหตุเมื่อ: {when(incident.opened_at)} "
            f"(ผ่านมา {age} วัน)\n\nหลักฐานล่าสุด:\n{evidence_text(incident)}\n\n{TODO}\n\n"
            f"รายละเอียด: {link(incident)}")
    key = f"webwatch-incident-{incident.pk}-reminder-{period}"
    return notify(key, targets(incident.site), title, body)


def send_closed(incident) -> bool:
    title = f"[pcio] ปิดเหตุ: ไม่พบการฝังเว็บพนันใน {incident.site.url} แล้ว"
    body = (f"{_header(incident)}\nเปิดเหตุเมื่อ: {when(incident.opened_at)}\n"
            f"ปิดเหตุเมื่อ: {when(incident.closed_at)}\n\n"
            "การตรวจครั้งล่าสุดไม่พบเนื้อหาการพนันแล้ว ขอบคุณที่แก้ไข "
            "โปรดเฝ้าระวังการฝังซ้ำ: ปรับปรุงซอฟต์แวร์และเปลี่ยนรหัสผ่านอย่างสม่ำเสมอ\n\n"
            f"รายละเอียด: {link(incident)}")
    return notify(f"webwatch-incident-{incident.pk}-closed", targets(incident.site), title, body)
