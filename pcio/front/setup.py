"""Setting up an installation for its province (`pcio setup`, the first-run page).

Creates only what is missing, by stable codes, and never changes a record that exists: a
province that renamed an office or moved the secretariat keeps it, and a second run changes
nothing. The province, its districts and their names are the national reference data
(pcio.agencies.reference), loaded by migrations.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from pcio.agencies.models import Agency, AgencyType, District, Province
from pcio.front.models import ProvinceProfile

OFFICES = Path(__file__).resolve().parent.parent / "agencies" / "data" / "provincial_offices.csv"
# Bangkok is a special administrative area: no "จังหวัด" before its name, no PAO, and its
# districts are เขต with district offices (สำนักงานเขต).
SPECIAL_AREA = "10"
COMMITTEE = "pcio"
COMMITTEE_NAME = ("คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด "
                  "(Provincial Chief Information Officer Committee: PCIO) {}")


class UnknownProvince(Exception):
    pass


@dataclass
class Report:
    created: list = field(default_factory=list)

    def __str__(self):
        if not self.created:
            return "ไม่มีการเปลี่ยนแปลง: ตั้งค่าจังหวัดไว้ครบแล้ว"
        return f"เพิ่ม {len(self.created)} รายการ: " + ", ".join(self.created[:5]) + (
            " …" if len(self.created) > 5 else "")


def find_province(text) -> Province:
    """A code ("41"), a Thai name with or without "จังหวัด", or the English name."""
    text = " ".join(str(text).split())
    if not Province.objects.exists():
        from pcio.agencies.reference import load_geography

        load_geography()  # a database migrated before the reference data shipped
    name = text.removeprefix("จังหวัด").strip()
    found = (Province.objects.filter(code=text).first()
             or Province.objects.filter(name_th=name).first()
             or Province.objects.filter(name_en__iexact=name).first())
    if not found:
        raise UnknownProvince(f"ไม่พบจังหวัด {text!r}: ใช้รหัสจังหวัด 2 หลัก (เช่น 41) "
                              "หรือชื่อจังหวัดภาษาไทย")
    return found


def display_name(province) -> str:
    return province.name_th if province.code == SPECIAL_AREA else f"จังหวัด{province.name_th}"


@transaction.atomic
def set_up(province) -> Report:
    report = Report()
    offices = _provincial_offices(province, report)
    if province.code != SPECIAL_AREA:
        _agency(report, f"PAO-{province.code}", f"องค์การบริหารส่วนจังหวัด{province.name_th}",
                f"{province.name_en} Provincial Administrative Organization", AgencyType.PAO,
                province)
    _district_offices(province, offices.get("DOPA"), report)
    secretariat = offices["PO"]
    _profile(province, secretariat, report)
    _committee(province, secretariat, report)
    return report


def office_rows():
    with OFFICES.open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def _provincial_offices(province, report) -> dict:
    offices = {}
    for row in office_rows():
        offices[row["suffix"]] = _agency(
            report, f"{row['suffix']}-{province.code}", row["name_th"] + province.name_th,
            row["name_en"].format(province.name_en), row["type"], province)
    return offices


def _district_offices(province, parent, report):
    office = "สำนักงานเขต" if province.code == SPECIAL_AREA else "ที่ว่าการอำเภอ"
    for district in District.objects.filter(province=province).order_by("code"):
        _agency(report, f"DIST-{district.code}", office + district.name_th,
                f"{district.name_en} District Office", AgencyType.DISTRICT, province,
                district=district, parent=parent)


def _agency(report, code, name, name_en, kind, province, **extra) -> Agency:
    agency, created = Agency.objects.get_or_create(code=code, defaults={
        "name_th": name, "name_en": name_en, "type": kind, "province": province, **extra})
    if created:
        report.created.append(name)
    return agency


def _profile(province, secretariat, report):
    """A profile for another province is replaced; one already for this province is kept."""
    if ProvinceProfile.objects.filter(pk=1, province=province).exists():
        return
    profile = ProvinceProfile(pk=1, province=province, name=display_name(province),
                              secretariat=secretariat)
    profile.save()  # all of it: another province's slogan and governor are not this one's
    report.created.append(f"ข้อมูล{profile.name}")


def _committee(province, secretariat, report):
    from pcio.meetings.models import Committee

    name = COMMITTEE_NAME.format(display_name(province))
    committee, created = Committee.objects.get_or_create(code=COMMITTEE, defaults={
        "name_th": name, "secretariat": secretariat,
        "name_en": f"{province.name_en} PCIO Committee"})
    if created:
        report.created.append(name)
    elif committee.secretariat_id is None:
        committee.secretariat = secretariat
        committee.save()
        report.created.append(f"ฝ่ายเลขานุการของ{committee.name_th}")
