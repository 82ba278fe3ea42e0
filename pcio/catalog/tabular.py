"""Reading uploaded tables: dictionary inference, personal-data scan, tabular quality.

Plain Python over (headers, rows); reading bytes reuses pcio.lib.importer, which handles
UTF-8, TIS-620/windows-874 CSV and XLSX.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime

from pcio.lib.importer import ImportFailed, read_rows

PREVIEW_ROWS = 20
THAI_ID_RE = re.compile(r"(?<!\d)(\d)[- ]?(\d{4})[- ]?(\d{5})[- ]?(\d{2})[- ]?(\d)(?!\d)")
PHONE_RE = re.compile(r"(?<!\d)(?:\+66[- ]?|0)"
                      r"(?:[689]\d[- ]?\d{3}[- ]?\d{4}|[2-7][- ]?\d{3}[- ]?\d{4})(?!\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NAME_RE = re.compile(r"(?:นาย|นางสาว|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)"
                     r"\s?[ก-๏]{2,}\s+[ก-๏]{2,}")
NAME_HEADERS = ("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "นามสกุล", "ชื่อผู้", "fullname",
                "full_name", "first_name", "last_name", "surname")
KIND_LABELS = {"thai_id": "เลขประจำตัวประชาชน 13 หลัก", "phone": "หมายเลขโทรศัพท์",
               "email": "อีเมล", "name": "ชื่อ-นามสกุลบุคคล"}
TRUE_WORDS = {"true", "false", "yes", "no", "ใช่", "ไม่ใช่", "มี", "ไม่มี", "y", "n"}


@dataclass
class Table:
    headers: list
    rows: list  # list of lists, strings or numbers as read


def read_table(data: bytes, filename: str, max_bytes=None) -> Table:
    """Raises pcio.lib.importer.ImportFailed with a Thai reason when the file is not a table."""
    headers, rows = read_rows(data, filename, max_bytes)
    headers = [h for h in headers if h]
    return Table(headers, [[r.values.get(h, "") for h in headers] for r in rows])


def try_read_table(data: bytes, filename: str, max_bytes=None):
    try:
        return read_table(data, filename, max_bytes)
    except ImportFailed:
        return None


def column(table: Table, index: int) -> list:
    return [row[index] if index < len(row) else "" for row in table.rows]


def infer_type(values) -> str:
    values = [v for v in values if str(v).strip() != ""]
    if not values:
        return "text"
    for kind, check in (("integer", _is_int), ("decimal", _is_decimal), ("date", _is_date),
                        ("boolean", _is_bool)):
        if all(check(v) for v in values):
            return kind
    return "text"


def infer_dictionary(table: Table) -> list:
    """One dict per column: name, label_th (Thai headers become the Thai label), type, example."""
    fields = []
    for index, header in enumerate(table.headers):
        values = column(table, index)
        thai = bool(re.search(r"[ก-๙]", header))
        example = next((str(v) for v in values if str(v).strip()), "")
        fields.append({
            "name": header, "label_th": header if thai else "", "type": infer_type(values),
            "example": mask(example) if scan_value(example) else example[:300],
            "personal": "personal" if _personal_column(table, index) else "",
        })
    return fields


def _personal_column(table, index) -> bool:
    header = str(table.headers[index]).lower()
    if any(h in header for h in NAME_HEADERS):
        return True
    return any(scan_value(v) for v in column(table, index)[:500])


def scan(table: Table) -> list:
    """Personal data found, per column and kind:
    [{"column", "kind", "label", "count", "example"}]."""
    findings = {}
    for index, header in enumerate(table.headers):
        header_is_name = any(h in str(header).lower() for h in NAME_HEADERS)
        for value in column(table, index):
            kinds = scan_value(value)
            if header_is_name and str(value).strip() and not _is_decimal(value):
                kinds = kinds | {"name"}
            for kind in kinds:
                item = findings.setdefault((header, kind), {
                    "column": header, "kind": kind, "label": KIND_LABELS[kind], "count": 0,
                    "example": mask(str(value))})
                item["count"] += 1
    return list(findings.values())


def scan_value(value) -> set:
    text = str(value)
    kinds = set()
    if any(valid_thai_id("".join(m.groups())) for m in THAI_ID_RE.finditer(text)):
        kinds.add("thai_id")
    if PHONE_RE.search(text):
        kinds.add("phone")
    if EMAIL_RE.search(text):
        kinds.add("email")
    if NAME_RE.search(text):
        kinds.add("name")
    return kinds


def valid_thai_id(digits: str) -> bool:
    """The 13th digit of a Thai ID is a mod-11 check of the first twelve."""
    if len(digits) != 13 or not digits.isdigit() or digits[0] == "0":
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def mask(text: str) -> str:
    """Keep the shape, hide the person: 1-1037-xxxxx-xx-x."""
    text = str(text)
    if len(text) <= 4:
        return "x" * len(text)
    return text[:3] + re.sub(r"[^\s\-@.]", "x", text[3:-1]) + "x"


def preview(table: Table, rows=PREVIEW_ROWS) -> dict:
    return {"headers": table.headers, "rows": [[_plain(v) for v in r] for r in table.rows[:rows]],
            "total_rows": len(table.rows)}


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def check_quality(table: Table, dictionary: list) -> dict:
    """Completeness (non-empty cells), uniqueness (distinct rows), validity (cells that fit
    the dictionary's type), each 0–100."""
    cells = len(table.rows) * max(len(table.headers), 1)
    filled = sum(1 for row in table.rows for v in row if str(v).strip() != "")
    distinct = len({tuple(str(v) for v in row) for row in table.rows})
    types = {f["name"]: f["type"] for f in dictionary}
    checked = valid = 0
    for index, header in enumerate(table.headers):
        check = TYPE_CHECKS.get(types.get(header, "text"))
        for value in column(table, index):
            if check and str(value).strip() != "":
                checked += 1
                valid += bool(check(value))
    return {
        "completeness": round(100 * filled / cells) if cells else 0,
        "uniqueness": round(100 * distinct / len(table.rows)) if table.rows else 0,
        "validity": round(100 * valid / checked) if checked else 100,
        "rows": len(table.rows),
    }


def _is_int(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    text = str(value).strip()
    if re.fullmatch(r"0\d+", text):
        return False  # a code such as a phone number or postcode keeps its leading zero
    return bool(re.fullmatch(r"-?\d{1,3}(,\d{3})+|-?\d+", text))


def _is_decimal(value) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    if re.fullmatch(r"0\d+", str(value).strip()):
        return False
    return bool(re.fullmatch(r"-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", str(value).strip()))


def _is_date(value) -> bool:
    if isinstance(value, datetime | date):
        return True
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
        except ValueError:
            return False
        return True
    return bool(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text))


def _is_bool(value) -> bool:
    return str(value).strip().lower() in TRUE_WORDS


TYPE_CHECKS = {"integer": _is_int, "decimal": _is_decimal, "date": _is_date,
               "boolean": _is_bool}
