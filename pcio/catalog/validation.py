"""Checks a dataset's metadata against the GD Catalog schema and the council's rules.

`validate(data, personal_data=False)` takes the flat dict a CKAN client sends (GD Catalog
field names) and returns {field: [message, ...]}, in the language of the moment (Thai unless
the page is in English); empty means valid.
"""

import re
from datetime import date

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pcio.catalog import schema
from pcio.catalog.models import Dataset

NAME_RE = re.compile(r"^[a-z0-9_-]{2,100}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MULTI = ("multiselect", "tags")


def validate(data: dict, personal_data: bool = False) -> dict:
    errors = {}

    def add(name, message):
        errors.setdefault(name, []).append(message)

    _mandatory(data, add)
    _values(data, add)
    _lengths(data, add)
    # The rules across fields judge only values that passed on their own: a misspelt level
    # is one problem, not also "public data must be เปิดเผย".
    sound = {name: value for name, value in data.items() if name not in errors}
    _years_and_bbox(sound, add)
    if not {"data_category", "data_classification"} & errors.keys():
        _classification(sound, personal_data, add)
    return errors


def empty(value) -> bool:
    if isinstance(value, list | tuple):
        return not [v for v in value if str(v).strip()]
    return value is None or str(value).strip() == ""


def _mandatory(data, add):
    for name in schema.mandatory():
        if empty(data.get(name)):
            add(name, _("กรุณากรอก%(label)s (จำเป็นตามมาตรฐาน GD Catalog)") % {"label": label(name)})


def _lengths(data, add):
    """A value kept in a column of its own must fit it: PostgreSQL refuses a longer one (a
    500 when saving), SQLite would keep it."""
    for field in Dataset._meta.concrete_fields:
        value, limit = data.get(field.name), getattr(field, "max_length", None)
        if limit and isinstance(value, str) and len(value) > limit:
            add(field.name, _("%(label)s ยาวเกิน %(max)s ตัวอักษร")
                % {"label": label(field.name), "max": limit})


def _values(data, add):
    data_type = data.get("data_type") or schema.data_types()[0]
    # An unknown type is named once (its choice check); it does not rule out every field.
    known = data_type in schema.data_types()
    allowed = set(schema.fields_for(data_type) if known else schema.fields())
    for name, value in data.items():
        spec = schema.fields().get(name)
        if spec is None or empty(value):
            continue
        if name not in allowed:
            add(name, _("%(label)s ใช้กับชุดข้อมูลประเภท %(type)s ไม่ได้")
                % {"label": label(name), "type": data_type})
            continue
        message = _check(spec, label(name), value)
        if message:
            add(name, message)


def _check(spec, label, value):
    kind, named = spec["kind"], {"label": label, "value": value}
    if "choices" in spec:
        values = as_list(value) if kind in MULTI else [value]
        wrong = [v for v in values if v not in spec["choices"]]
        if wrong:
            return (_("%(label)s: ไม่มีตัวเลือก %(values)s")
                    % {"label": label, "values": ", ".join(map(str, wrong))})
    if kind == "slug" and not NAME_RE.match(str(value)):
        return _("%(label)s ใช้ได้เฉพาะ a-z 0-9 - _ ยาว 2–100 ตัวอักษร") % named
    if kind == "email" and not EMAIL_RE.match(str(value)):
        return _("%(label)s %(text)r ไม่ใช่อีเมล") % {"label": label, "text": str(value)}
    if kind == "license" and value not in schema.licenses():
        return _("ไม่รู้จักสัญญาอนุญาต %(value)s") % named
    if kind in ("integer", "year") and not _is_int(value):
        return _("%(label)s ต้องเป็นตัวเลขจำนวนเต็ม") % named
    if kind in ("integer", "year") and int(str(value)) < 0:
        return _("%(label)s ต้องไม่ติดลบ") % named
    if kind == "date" and not _is_date(value):
        return _("%(label)s ต้องเป็นวันที่รูปแบบ ปปปป-ดด-วว") % named
    if kind in ("latitude", "longitude"):
        return _coordinate(kind, label, value)
    return None


def _coordinate(kind, label, value):
    limit = 90 if kind == "latitude" else 180
    try:
        number = float(value)
    except (TypeError, ValueError):
        return _("%(label)s ต้องเป็นตัวเลข (องศาทศนิยม)") % {"label": label}
    if -limit <= number <= limit:
        return None
    return _("%(label)s ต้องอยู่ระหว่าง -%(max)s ถึง %(max)s") % {"label": label, "max": limit}


def _years_and_bbox(data, add):
    first, last = data.get("first_year_of_data"), data.get("last_year_of_data")
    if _is_int(first) and _is_int(last) and int(first) > int(last):
        add("last_year_of_data", _("ปีข้อมูลล่าสุดต้องไม่ก่อนปีที่เริ่มต้นจัดทำ"))
    # The extension names the north and south edges *_longitude although they hold latitudes.
    pairs = [("west_bound_longitude", "east_bound_longitude"),
             ("south_bound_longitude", "north_bound_longitude")]
    for low, high in pairs:
        try:
            if float(data[low]) > float(data[high]):
                add(high, _("%(high)s ต้องไม่น้อยกว่า%(low)s")
                    % {"high": label(high), "low": label(low)})
        except (KeyError, TypeError, ValueError):
            continue


def _classification(data, personal_data, add):
    rules = schema.rules()
    category = data.get("data_category")
    level = data.get("data_classification") or ""
    public = category == rules["public_category"]
    if public and level != rules["public_classification"]:
        add("data_classification", _("ข้อมูลสาธารณะต้องมีระดับชั้นข้อมูล เปิดเผย"))
    if category in rules["secret_categories"] and level not in rules["secret_classifications"]:
        add("data_classification",
            _("%(category)s ต้องมีระดับชั้นข้อมูล ลับ ลับมาก หรือ ลับที่สุด") % {"category": category})
    if category == rules["personal_category"] and level == rules["public_classification"]:
        add("data_classification", _("ข้อมูลส่วนบุคคลกำหนดระดับชั้น เปิดเผย ไม่ได้"))
    if level == rules["public_classification"] and not public and category:
        add("data_category", _("ระดับชั้น เปิดเผย ใช้กับหมวดหมู่ ข้อมูลสาธารณะ เท่านั้น"))
    _license(data, level, add)
    if public and personal_data:
        add("data_category", _("พบข้อมูลส่วนบุคคลในไฟล์ของชุดข้อมูลนี้ จึงเผยแพร่เป็นข้อมูลสาธารณะ"
                               "ไม่ได้ กรุณาลบข้อมูลส่วนบุคคลออกจากไฟล์ หรือเปลี่ยนหมวดหมู่/ระดับชั้นข้อมูล"))


def _license(data, level, add):
    license_id = data.get("license_id")
    if not license_id or license_id not in schema.licenses():
        return
    # None: อื่นๆ, whose terms are written in license_id_other and cannot be judged here.
    opened = schema.is_open_license(license_id)
    if level == schema.rules()["public_classification"] and opened is False:
        add("license_id", _("ข้อมูลระดับ เปิดเผย ต้องใช้สัญญาอนุญาตแบบเปิด เช่น Open Data Common"))
    if level and level != schema.rules()["public_classification"] and opened:
        add("license_id", _("ข้อมูลระดับ %(level)s ใช้สัญญาอนุญาตแบบเปิดไม่ได้ "
                            "(เลือก อื่นๆ แล้วระบุเงื่อนไข)") % {"level": level})


def label(name) -> str:
    """A field's label in the language the message is read in."""
    return schema.label_in(name, "en" if (get_language() or "").startswith("en") else "th")


def as_list(value) -> list:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def _is_int(value) -> bool:
    try:
        int(str(value))
    except (TypeError, ValueError):
        return False
    return True


def _is_date(value) -> bool:
    if isinstance(value, date):
        return True
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True
