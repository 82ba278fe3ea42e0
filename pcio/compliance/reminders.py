"""Reminders to an agency listing what is still missing: an e-mail to its contact, and the
same as the province's official letter to its head (PDF or DOCX, to print, sign and send)."""

from datetime import timedelta

from django.conf import settings

from pcio.compliance import province
from pcio.front import installation, letters
from pcio.lib.notify import notify

SUBJECT = "ขอให้ปรับปรุงข้อมูลการปฏิบัติตามพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565"


def _opening():
    return (f"ตามที่{installation.name() or 'จังหวัด'}ติดตามการปฏิบัติตามพระราชบัญญัติการปฏิบัติ"
            "ราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565 และการใช้แพลตฟอร์มกลาง หน่วยงานของท่านยังขาด"
            "รายการต่อไปนี้")


def _page(agency):
    return f"{settings.SITE_ROOT}/compliance/a/{agency.code}/"


def reminder_text(agency, missing) -> tuple[str, str]:
    title = f"[pcio] รายการที่ยังขาด: {agency.name_th}"
    lines = [
        f"เรียน ผู้ประสานงาน{agency.name_th}", "", _opening(),
        *[f"  {n}. {item}" for n, item in enumerate(missing, start=1)],
        "", f"กรุณาปรับปรุงข้อมูลที่ {_page(agency)}", "",
        f"ฝ่ายเลขานุการคณะกรรมการ PCIO {installation.name() or 'จังหวัด'}",
        *letters.sender().contact,  # whom the agency calls back
    ]
    return title, "\n".join(lines)


def letter(agency, missing) -> letters.Letter:
    """The reminder as the governor's letter to the agency's head."""
    return letters.Letter(
        to=f"หัวหน้า{agency.name_th}", subject=SUBJECT,
        body=[_opening(), list(missing),
              "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการให้ครบถ้วน และปรับปรุงข้อมูลในระบบติดตาม"
              f"ของจังหวัดที่ {_page(agency)}"])


def remind(agency, missing=None) -> bool:
    """Send one reminder unless one went out within the configured interval."""
    missing = province.missing_for(agency) if missing is None else missing
    if not missing or not agency.email:
        return False
    title, body = reminder_text(agency, missing)
    every = timedelta(days=settings.PCIO_COMPLIANCE_REMINDER_DAYS)
    return notify(f"compliance-reminder-{agency.pk}", [agency.email], title, body, every=every)
