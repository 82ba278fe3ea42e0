"""Data quality of a dataset: a 0–100 score made of parts, each with advice to raise it.

Plain Python. Input is what the dataset already knows (metadata, resources and their last
tabular checks); nothing here reads the database.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from pcio.catalog import schema
from pcio.catalog.validation import empty

OPEN_FORMATS = {"CSV", "JSON", "XML", "RDF", "GEOJSON", "API", "TTL", "JSONLD", "KML", "GML",
                "SHAPEFILE", "SHP", "GEOTIFF", "TSV", "ODS"}
SPREADSHEET = {"XLS", "XLSX"}
WEIGHTS = {"metadata": 30, "timeliness": 20, "openness": 15, "completeness": 10,
           "uniqueness": 10, "validity": 10, "availability": 5}
LATE_STEPS = [(0.25, 75, "ล่าช้าไม่เกิน 25%"), (0.5, 50, "ล่าช้า 25–50%"),
              (1.0, 25, "ล่าช้า 50–100%")]


@dataclass
class Part:
    key: str
    label: str
    score: int
    advice: str = ""


@dataclass
class Quality:
    score: int
    parts: list = field(default_factory=list)
    due_date: date | None = None
    missing: list = field(default_factory=list)

    def advice(self):
        return [p for p in self.parts if p.advice]


def assess(metadata: dict, resources: list, today: date) -> Quality:
    """`resources`: dicts with format, tabular (the check_quality dict or None), link_ok."""
    missing = [n for n in schema.mandatory() if empty(metadata.get(n))]
    due = due_date(metadata)
    parts = [_metadata(metadata, missing), _timeliness(metadata, due, today),
             _openness(resources), *_tabular(resources), _availability(resources)]
    parts = [p for p in parts if p is not None]
    total = sum(WEIGHTS[p.key] for p in parts)
    score = round(sum(p.score * WEIGHTS[p.key] for p in parts) / total) if total else 0
    return Quality(score, parts, due, missing)


def _metadata(metadata, missing):
    """Mandatory fields count for 70 points, the other fields of the data type for 30."""
    mandatory = schema.mandatory()
    # The "(อื่นๆ โปรดระบุ)" companions are left empty by design unless อื่นๆ was chosen.
    skip = set(mandatory) | schema.companions()
    optional = [n for n in schema.fields_for(metadata.get("data_type") or
                                             schema.data_types()[0]) if n not in skip]
    filled = sum(1 for n in optional if not empty(metadata.get(n)))
    score = round(70 * (len(mandatory) - len(missing)) / len(mandatory)
                  + (30 * filled / len(optional) if optional else 30))
    if missing:
        score = min(score, 50)
        advice = "กรอกข้อมูลที่จำเป็นให้ครบ: " + ", ".join(schema.label(n) for n in missing)
    elif score < 100:
        advice = "กรอกคำอธิบายชุดข้อมูลที่ยังว่างให้ครบเพื่อให้ค้นหาและนำไปใช้ได้ง่ายขึ้น"
    else:
        advice = ""
    return Part("metadata", "ความครบถ้วนของคำอธิบายชุดข้อมูล", score, advice)


def period_days(metadata) -> int | None:
    days = schema.frequency_days(metadata.get("update_frequency_unit"))
    if days is None:
        return None
    try:
        interval = max(int(metadata.get("update_frequency_interval") or 1), 1)
    except (TypeError, ValueError):
        interval = 1
    return days * interval


def due_date(metadata) -> date | None:
    period, last = period_days(metadata), _date(metadata.get("last_updated_date"))
    return last + timedelta(days=period) if period and last else None


def lateness(metadata, today) -> float | None:
    """How late the next update is, as a fraction of the update period (0 = on time)."""
    due, period = due_date(metadata), period_days(metadata)
    if due is None:
        return None
    return max((today - due).days, 0) / period


def _timeliness(metadata, due, today):
    label = "ความเป็นปัจจุบัน"
    if period_days(metadata) is None:
        return None  # no regular updates: timeliness does not apply
    if due is None:
        return Part("timeliness", label, 0, "ระบุวันที่ปรับปรุงข้อมูลล่าสุด")
    late = lateness(metadata, today)
    if late == 0:
        return Part("timeliness", label, 100)
    for limit, score, text in LATE_STEPS:
        if late <= limit:
            return Part("timeliness", label, score, f"{text}: ปรับปรุงข้อมูลตามรอบที่กำหนด")
    return Part("timeliness", label, 0, "ล่าช้าเกิน 100% ของรอบการปรับปรุง: ปรับปรุงข้อมูลโดยเร็ว")


def _openness(resources):
    label = "ความเปิด (อ่านได้ด้วยเครื่อง)"
    formats = {str(r.get("format") or "").upper() for r in resources}
    if formats & OPEN_FORMATS:
        return Part("openness", label, 100)
    if formats & SPREADSHEET:
        return Part("openness", label, 75, "เพิ่มไฟล์ CSV หรือ JSON ซึ่งเป็นรูปแบบเปิด")
    if formats:
        return Part("openness", label, 25,
                    "ไฟล์ PDF/DOC/รูปภาพ อ่านด้วยเครื่องไม่ได้: เพิ่มไฟล์ CSV, XLSX หรือ JSON")
    return Part("openness", label, 0, "ยังไม่มีไฟล์หรือลิงก์ข้อมูล: เพิ่มทรัพยากรอย่างน้อยหนึ่งรายการ")


def _tabular(resources):
    checks = [r["tabular"] for r in resources if r.get("tabular")]
    if not checks:
        return []
    labels = {"completeness": ("ความครบถ้วนของค่าในตาราง", "เติมช่องที่ว่างในตาราง"),
              "uniqueness": ("ความไม่ซ้ำของแถว", "ลบแถวที่ซ้ำกัน"),
              "validity": ("ความถูกต้องตามชนิดข้อมูลในพจนานุกรม",
                           "แก้ค่าที่ไม่ตรงกับชนิดข้อมูลในพจนานุกรมข้อมูล")}
    parts = []
    for key, (label, advice) in labels.items():
        score = round(sum(c.get(key, 0) for c in checks) / len(checks))
        parts.append(Part(key, label, score, advice if score < 100 else ""))
    return parts


def _availability(resources):
    links = [r for r in resources if r.get("link_ok") is not None]
    if not links:
        return None
    score = round(100 * sum(1 for r in links if r["link_ok"]) / len(links))
    advice = "" if score == 100 else "มีลิงก์ไฟล์ที่เปิดไม่ได้: ตรวจสอบและแก้ลิงก์"
    return Part("availability", "ความพร้อมใช้ของลิงก์", score, advice)


def _date(value):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None
