"""Tables that meeting agenda documents embed (agenda items 3.6, 3.7, 4.2 and letters)."""

from datetime import date

from django.conf import settings

from pcio.agencies.models import Agency
from pcio.compliance import province, tally
from pcio.compliance.letters import citation
from pcio.compliance.models import Letter, Record
from pcio.lib.thai import thai_date


def announcement_tally(**params):
    rows = province.rows()
    table = tally.announcement_tally(rows, settings.PCIO_COMPLIANCE_LOCAL_ADMINS)
    return {
        "title": "การประกาศช่องทางอิเล็กทรอนิกส์บน info.go.th (มาตรา 10, 16 และ 20)",
        "columns": ["กลุ่มหน่วยงาน", "ในทะเบียน", "ประกาศแล้ว", "ยังไม่ประกาศ"],
        "rows": [[g["label"], g["registered"], g["announced"], g["not_announced"]]
                 for g in table],
        "note": f"อปท. ทั้งจังหวัด {settings.PCIO_COMPLIANCE_LOCAL_ADMINS} แห่ง; "
                "นับจากทะเบียนหน่วยงานในระบบ pcio",
    }


def workd(**params):
    records = (Record.objects.select_related("agency").filter(workd_requested__gt=0)
               .order_by("agency__sort_name"))
    rows = [[r.agency.name_th, f"@{r.workd_domain}" if r.workd_domain else "-",
             _services(r), r.workd_requested,
             "ไม่ทราบ" if r.workd_active is None else r.workd_active] for r in records]
    total = sum(r.workd_requested for r in records)
    return {"title": "การใช้บริการระบบสื่อสารแบบรวมศูนย์ (workD Platform)",
            "columns": ["หน่วยงาน", "โดเมน", "บริการ", "บัญชีที่ขอ", "บัญชีที่ใช้งาน"],
            "rows": rows, "note": f"รวมทั้งจังหวัด {total} บัญชี"}


def _services(record):
    names = [("Mail", record.workd_mail), ("Chat", record.workd_chat),
             ("Meet", record.workd_meet), ("Cloud Storage", record.workd_cloud)]
    return ", ".join(n for n, on in names if on) or "-"


def eoffice(**params):
    agencies = (Agency.objects.select_related("compliance")
                .exclude(compliance__eoffice_since=None, compliance__eoffice_system="")
                .filter(compliance__isnull=False).thai_order())
    rows = [[a.name_th, thai_date(a.compliance.eoffice_since) or "-",
             a.compliance.eoffice_system or "-", a.compliance.eoffice_provider or "-"]
            for a in agencies]
    volumes = province.monthly_volumes(int(params.get("months", 6)))
    note = "; ".join(f"{province.month_label(m)}: {n:,} ฉบับ" for m, n in volumes)
    return {"title": "การใช้งานระบบ e-Office ของหน่วยงานในจังหวัด",
            "columns": ["หน่วยงาน", "ใช้ตั้งแต่", "ระบบ", "ผู้ให้บริการ"], "rows": rows,
            "note": f"หนังสืออิเล็กทรอนิกส์ต่อเดือน: {note}" if note else ""}


def letters(as_of=None, **params):
    queryset = Letter.objects.filter(dated__lte=as_of or date.max)
    if params.get("agenda_item"):
        queryset = queryset.filter(agenda_item=params["agenda_item"])
    return {"title": "หนังสือของจังหวัดที่อ้างถึง",
            "columns": ["เลขที่", "ลงวันที่", "เรื่อง"],
            "rows": [[x.reference, thai_date(x.dated), x.subject] for x in queryset],
            "note": "; ".join(citation(x.reference, x.dated) for x in queryset)}


def cybersafe(as_of=None, **params):
    records = (Record.objects.select_related("agency")
               .filter(cybersafe_enrolled_on__lte=as_of or date.max)
               .order_by("cybersafe_enrolled_on", "agency__sort_name"))
    total = Agency.objects.count()
    return {"title": "หน่วยงานที่สมัครโครงการ Government Cyber Safe",
            "columns": ["หน่วยงาน", "สมัครเมื่อ"],
            "rows": [[r.agency.name_th, thai_date(r.cybersafe_enrolled_on)] for r in records],
            "note": f"สมัครแล้ว {len(records)} จาก {total} หน่วยงานในทะเบียน"}


EMBEDS = {"tally": announcement_tally, "workd": workd, "eoffice": eoffice, "letters": letters,
          "cybersafe": cybersafe}
