"""Reminder e-mails in Thai to an agency's contact listing what is still missing."""

from datetime import timedelta

from django.conf import settings

from pcio.compliance import province
from pcio.lib.notify import notify


def reminder_text(agency, missing) -> tuple[str, str]:
    title = f"[pcio] รายการที่ยังขาด: {agency.name_th}"
    lines = [
        f"เรียน ผู้ประสานงาน{agency.name_th}",
        "",
        "ตามที่จังหวัดหนองคายติดตามการปฏิบัติตามพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ "
        "พ.ศ. 2565 และการใช้แพลตฟอร์มกลาง หน่วยงานของท่านยังขาดรายการต่อไปนี้",
        *[f"  {n}. {item}" for n, item in enumerate(missing, start=1)],
        "",
        f"กรุณาปรับปรุงข้อมูลที่ {settings.SITE_ROOT}/compliance/a/{agency.code}/",
        "ฝ่ายเลขานุการคณะกรรมการ PCIO จังหวัด",
    ]
    return title, "\n".join(lines)


def remind(agency, missing=None) -> bool:
    """Send one reminder unless one went out within the configured interval."""
    missing = province.missing_for(agency) if missing is None else missing
    if not missing or not agency.email:
        return False
    title, body = reminder_text(agency, missing)
    every = timedelta(days=settings.PCIO_COMPLIANCE_REMINDER_DAYS)
    return notify(f"compliance-reminder-{agency.pk}", [agency.email], title, body, every=every)
