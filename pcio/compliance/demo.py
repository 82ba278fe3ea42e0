"""Nong Khai demo data from the agenda of PCIO meeting 1/2568.

From the seed: the two letters (3.3, 3.5), the provincial office's workD request (20 accounts
on @nongkhai.go.th, 3.7), all local administrations announced on info.go.th (3.6), and the
websites listed in the agency registry. Everything else is invented and marked is_sample."""

from datetime import date

from pcio.agencies.models import Agency, AgencyType
from pcio.compliance.models import Channel, EofficeVolume, Kind, Letter, Record, Section

LETTERS = [
    ("นค 0017.2/ว 15820", date(2024, 11, 11), "แจ้งประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล เรื่อง "
     "มาตรฐานหลักเกณฑ์การเปิดเผยข้อมูลภาครัฐในรูปแบบดิจิทัลต่อสาธารณะ", "3.3"),
    ("นค 0017.2/ว 3955", date(2025, 3, 24), "ขอเชิญเข้าร่วมโครงการ \u201cGovernment Cyber Safe "
     "เพื่อเฝ้าระวังและปกป้องเว็บไซต์ภาครัฐให้ปลอดโฆษณาเว็บพนัน\u201d", "3.5"),
]
# Sample declarations for agencies of the registry (invented, is_sample=True).
SAMPLE_RECORDS = {
    "PO-NK": dict(info_announced_on=date(2024, 9, 30), cybersafe_enrolled_on=date(2025, 4, 1),
                  eoffice_since=date(2021, 10, 1), eoffice_system="e-Office จังหวัด",
                  eoffice_provider="บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)"),
    "NSO-NK": dict(info_announced_on=date(2024, 10, 15), eoffice_since=date(2023, 1, 1),
                   eoffice_system="e-Office", eoffice_provider="สำนักงานสถิติแห่งชาติ"),
    "DIST-4301": dict(info_announced_on=date(2024, 12, 1)),
}
SAMPLE_CHANNELS = {
    "PO-NK": [(Kind.WEB_FORM, "https://www.nongkhai.go.th/contact", False),
              (Kind.EMAIL, "saraban@nongkhai.go.th", False),
              (Kind.FACEBOOK, "https://www.facebook.com/nongkhaiprovince", True),
              (Kind.STAFF_SYSTEM, "https://ict.nongkhai.go.th", False)],
    "NSO-NK": [(Kind.WEB_FORM, "https://nongkhai.nso.go.th", False),
               (Kind.FACEBOOK, "https://www.facebook.com/nsonongkhai", False)],
}


def load():
    for reference, dated, subject, item in LETTERS:
        Letter.objects.update_or_create(reference=reference, defaults={
            "dated": dated, "subject": subject, "agenda_item": item})
    agencies = {a.code: a for a in Agency.objects.all()}
    _workd(agencies.get("PO-NK"))
    _local_announcements(agencies.values())
    for code, fields in SAMPLE_RECORDS.items():
        if code in agencies:
            _record(agencies[code], is_sample=True, **fields)
    for code, channels in SAMPLE_CHANNELS.items():
        if code in agencies:
            _channels(agencies[code], channels)
    _volumes(agencies.get("PO-NK"))
    return f"{len(LETTERS)} หนังสือ, {Record.objects.count()} หน่วยงาน, " \
           f"{Channel.objects.count()} ช่องทาง"


def _record(agency, **fields):
    record, _ = Record.objects.get_or_create(agency=agency)
    changed = [k for k, v in fields.items() if getattr(record, k) != v]
    if changed:
        for name in changed:
            setattr(record, name, fields[name])
        record.save()


def _workd(agency):
    # 3.7: the provincial office asked for every workD service, @nongkhai.go.th, 20 accounts.
    if agency:
        _record(agency, workd_domain="nongkhai.go.th", workd_mail=True, workd_chat=True,
                workd_meet=True, workd_cloud=True, workd_requested=20)


def _local_announcements(agencies):
    # 3.6: all local administrations announced; the date is not in the seed (sample).
    for agency in agencies:
        if agency.type in AgencyType.local_administrations():
            _record(agency, info_announced_on=date(2025, 3, 31), is_sample=agency.is_sample)
            for website in agency.websites.all():
                _channels(agency, [(Kind.WEB_FORM, website.url, False)])


def _channels(agency, channels):
    for kind, value, verified in channels:
        section = Section.STAFF if kind == Kind.STAFF_SYSTEM else Section.PUBLIC
        Channel.objects.get_or_create(agency=agency, kind=kind, value=value, defaults={
            "section": section, "meta_verified": verified, "is_sample": True})


def _volumes(agency):
    if not agency:
        return
    for month, documents in ((1, 820), (2, 910), (3, 1040), (4, 1100)):
        EofficeVolume.objects.get_or_create(agency=agency, month=date(2025, month, 1),
                                            defaults={"documents": documents,
                                                      "is_sample": True})
