"""Nong Khai's data catalog: the data governance council's agencies and datasets.

The council is Nong Khai's Data Governance Council (order 1856/2568, agenda 3.3 of PCIO
meeting 1/2568; the catalog is agenda 3.4, presented by the provincial statistical office).
Every dataset here is sample data (is_sample): realistic, but not checked against the
agencies' real catalogs.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from pcio.agencies.models import Agency, AgencyType, Province
from pcio.catalog import relevance, schema, services
from pcio.catalog.models import Dataset

T = AgencyType
# Provincial offices that keep datasets in a typical province's catalog (names are the
# standard names of these offices; codes are pcio's own).
AGENCIES = {
    "NSO-NK": ("สำนักงานสถิติจังหวัดหนองคาย", T.CENTRAL),
    "PO-NK": ("สำนักงานจังหวัดหนองคาย", T.PROVINCIAL),
    "PAO-NK": ("องค์การบริหารส่วนจังหวัดหนองคาย", T.PAO),
    "MUN-NK": ("เทศบาลเมืองหนองคาย", T.MUNICIPALITY),
    "DOPA-NK": ("ที่ทำการปกครองจังหวัดหนองคาย", T.PROVINCIAL),
    "TAS-NK": ("สำนักงานการท่องเที่ยวและกีฬาจังหวัดหนองคาย", T.PROVINCIAL),
    "CUS-NK": ("ด่านศุลกากรหนองคาย", T.CENTRAL),
    "IMM-NK": ("ด่านตรวจคนเข้าเมืองจังหวัดหนองคาย", T.CENTRAL),
    "COMM-NK": ("สำนักงานพาณิชย์จังหวัดหนองคาย", T.PROVINCIAL),
    "AGRI-NK": ("สำนักงานเกษตรจังหวัดหนองคาย", T.PROVINCIAL),
    "LIV-NK": ("สำนักงานปศุสัตว์จังหวัดหนองคาย", T.PROVINCIAL),
    "FISH-NK": ("สำนักงานประมงจังหวัดหนองคาย", T.PROVINCIAL),
    "PHO-NK": ("สำนักงานสาธารณสุขจังหวัดหนองคาย", T.PROVINCIAL),
    "HOSP-NK": ("โรงพยาบาลหนองคาย", T.CENTRAL),
    "EDU-NK": ("สำนักงานศึกษาธิการจังหวัดหนองคาย", T.PROVINCIAL),
    "NFE-NK": ("สำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดหนองคาย", T.CENTRAL),
    "CULT-NK": ("สำนักงานวัฒนธรรมจังหวัดหนองคาย", T.PROVINCIAL),
    "LAB-NK": ("สำนักงานแรงงานจังหวัดหนองคาย", T.PROVINCIAL),
    "SOC-NK": ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดหนองคาย", T.PROVINCIAL),
    "NHSO-NK": ("สำนักงานหลักประกันสุขภาพแห่งชาติ เขต 8 (หนองคาย)", T.CENTRAL),
    "NRE-NK": ("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดหนองคาย", T.PROVINCIAL),
    "RID-NK": ("โครงการชลประทานหนองคาย", T.CENTRAL),
    "TMD-NK": ("สถานีอุตุนิยมวิทยาหนองคาย", T.CENTRAL),
    "DDPM-NK": ("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดหนองคาย", T.CENTRAL),
    "DLT-NK": ("สำนักงานขนส่งจังหวัดหนองคาย", T.CENTRAL),
    "DOH-NK": ("แขวงทางหลวงหนองคาย", T.CENTRAL),
    "POL-NK": ("ตำรวจภูธรจังหวัดหนองคาย", T.CENTRAL),
    "DOL-NK": ("สำนักงานที่ดินจังหวัดหนองคาย", T.CENTRAL),
    "DPT-NK": ("สำนักงานโยธาธิการและผังเมืองจังหวัดหนองคาย", T.PROVINCIAL),
    "PEA-NK": ("การไฟฟ้าส่วนภูมิภาคจังหวัดหนองคาย", T.STATE_ENTERPRISE),
    "ENE-NK": ("สำนักงานพลังงานจังหวัดหนองคาย", T.PROVINCIAL),
    "IND-NK": ("สำนักงานอุตสาหกรรมจังหวัดหนองคาย", T.PROVINCIAL),
    "BOI-NK": ("ศูนย์เศรษฐกิจการลงทุนภาคตะวันออกเฉียงเหนือ (BOI)", T.CENTRAL),
    "CDD-NK": ("สำนักงานพัฒนาชุมชนจังหวัดหนองคาย", T.PROVINCIAL),
    "COOP-NK": ("สำนักงานสหกรณ์จังหวัดหนองคาย", T.PROVINCIAL),
    "BAAC-NK": ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สำนักงานจังหวัดหนองคาย",
                T.STATE_ENTERPRISE),
    "REV-NK": ("สำนักงานสรรพากรพื้นที่หนองคาย", T.CENTRAL),
    "EXC-NK": ("สำนักงานสรรพสามิตพื้นที่หนองคาย", T.CENTRAL),
    "PRISON-NK": ("เรือนจำจังหวัดหนองคาย", T.CENTRAL),
    "PROB-NK": ("สำนักงานคุมประพฤติจังหวัดหนองคาย", T.CENTRAL),
    "MIL-NK": ("หน่วยเฉพาะกิจในพื้นที่ชายแดนหนองคาย", T.CENTRAL),
}
GROUP_BY_AGENCY = {
    "TAS-NK": "government", "CUS-NK": "economy", "IMM-NK": "government",
    "COMM-NK": "economy", "AGRI-NK": "agriculture", "LIV-NK": "agriculture",
    "FISH-NK": "agriculture", "PHO-NK": "health", "HOSP-NK": "health", "NHSO-NK": "health",
    "EDU-NK": "education", "NFE-NK": "education", "CULT-NK": "education", "LAB-NK": "economy",
    "SOC-NK": "society", "NRE-NK": "environment", "RID-NK": "environment",
    "TMD-NK": "environment", "DDPM-NK": "environment", "NSO-NK": "society",
    "IND-NK": "economy", "BOI-NK": "economy", "CDD-NK": "society", "COOP-NK": "agriculture",
    "BAAC-NK": "agriculture", "REV-NK": "economy", "EXC-NK": "economy",
}
STAT_AGENCIES = {"NSO-NK", "TAS-NK", "CUS-NK", "PHO-NK", "AGRI-NK", "LAB-NK", "DLT-NK"}
FREQUENCY = ["เดือน", "ไตรมาส", "ปี", "สัปดาห์", "ปี", "เดือน"]
SECRET_IDS = {"r146"}
PERSONAL_IDS = {"r032", "r045", "r069", "r074", "r144", "r145"}


def ensure_agencies():
    province = Province.objects.filter(code="43").first()
    for code, (name, kind) in AGENCIES.items():
        if not Agency.objects.filter(code=code).exists():
            Agency.objects.create(code=code, name_th=name, type=kind, province=province,
                                  is_sample=False)


def metadata(record, number) -> dict:
    """GD Catalog metadata for one record of the judged set (data/relevance_records.txt)."""
    rid, agency = record["id"], record["agency"]
    secret, personal = rid in SECRET_IDS, rid in PERSONAL_IDS
    category = ("ข้อมูลความมั่นคง" if secret else "ข้อมูลส่วนบุคคล" if personal
                else "ข้อมูลสาธารณะ")
    level = "ลับ" if secret else "ชั้นเผยแพร่ภายในองค์กร" if personal else "เปิดเผย"
    data = {
        "name": f"nk-{rid}", "title": record["title"], "owner_org": agency,
        "data_type": "ข้อมูลสถิติ" if agency in STAT_AGENCIES else "ข้อมูลระเบียน",
        "maintainer": "เจ้าหน้าที่ข้อมูล (ตัวอย่าง)",
        "maintainer_email": f"data.{agency.lower()}@example.go.th",
        "tag_string": record["tags"], "notes": record["notes"],
        "objective": ["พันธกิจหน่วยงาน"], "update_frequency_unit": FREQUENCY[number % 6],
        "update_frequency_interval": "1", "geo_coverage": "จังหวัด",
        "data_source": AGENCIES[agency][0], "data_format": ["CSV", "XLS"][number % 2:][:1],
        "data_category": category, "data_classification": level,
        "license_id": "Open Data Common" if level == "เปิดเผย" else "อื่นๆ",
        "allow_harvest": "True" if level == "เปิดเผย" else "False", "data_language": ["ไทย"],
        "last_updated_date": _last_updated(FREQUENCY[number % 6], number),
        "groups": [GROUP_BY_AGENCY.get(agency, "government")], "is_sample": True,
    }
    if data["data_type"] == "ข้อมูลสถิติ":
        data.update(unit_of_measure="หน่วย", first_year_of_data="2560",
                    last_year_of_data="2567", official_statistics="False")
    return data


# Share of its update interval since a dataset was last updated: most are on time, some
# late by each of the timeliness bands, so the dashboard has something to show on any day.
AGE = [0.2, 0.6, 0.9, 0.3, 1.2, 0.5, 1.7, 0.8, 2.5, 0.4]


def _last_updated(unit, number) -> str:
    days = schema.frequency_days(unit) * AGE[number % len(AGE)]
    return (timezone.localdate() - timedelta(days=round(days))).isoformat()


# The demo shows a cross-section: statistics, tourism, border trade, agriculture, health,
# society, environment, and one secret and one personal-data dataset for the rules.
DEMO_IDS = ["r001", "r002", "r003", "r007", "r011", "r012", "r013", "r016", "r021", "r022",
            "r024", "r029", "r031", "r033", "r034", "r035", "r041", "r046", "r047", "r058",
            "r073", "r074", "r081", "r083", "r088", "r093", "r095", "r107", "r112", "r146"]
TOURISTS_CSV = ("เดือน,นักท่องเที่ยวชาวไทย (คน),นักท่องเที่ยวชาวต่างชาติ (คน),รายได้ (ล้านบาท)\n"
                "2024-10-01,152340,48210,812.5\n2024-11-01,138920,45110,760.2\n"
                "2024-12-01,171450,52980,955.8\n").encode()


def load_records(ids=None) -> int:
    """Save judged records as datasets (idempotent); all of them when ids is None."""
    services.ensure_groups()
    ensure_agencies()
    created = 0
    for number, record in enumerate(relevance.records()):
        if ids is not None and record["id"] not in ids:
            continue
        if not Dataset.objects.filter(name=f"nk-{record['id']}").exists():
            services.save_dataset(metadata(record, number))
            created += 1
    return created


def load() -> str:
    with transaction.atomic():  # one commit, not one per dataset
        return _load()


def _load() -> str:
    created = load_records(set(DEMO_IDS))
    tourists = Dataset.objects.get(name="nk-r001")
    if not tourists.resources.exists():
        services.save_resource(tourists, {"name": "จำนวนนักท่องเที่ยวรายเดือน (ตัวอย่าง)"},
                               upload=(TOURISTS_CSV, "nongkhai-tourists-sample.csv"))
    total = Dataset.objects.filter(is_sample=True).count()
    return f"{total} ชุดข้อมูลตัวอย่าง (เพิ่ม {created}), 7 กลุ่ม, {len(AGENCIES)} หน่วยงาน"
