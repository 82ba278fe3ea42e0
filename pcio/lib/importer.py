"""All-or-nothing spreadsheet import, shared by every app.

An app describes its rows with a `RowImporter` subclass: the columns, how to read one row
(`parse`, raising `RowError` with a Thai reason), checks across rows (`check`), and how to
write the parsed rows (`apply`). `run_import` reads a CSV (UTF-8 or TIS-620/windows-874) or
XLSX file, collects every bad row with its line number, and writes nothing unless every row
is good. Writing happens in one transaction, so a failure half-way leaves the data as it was.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.db import transaction

XLSX_MAGIC = b"PK\x03\x04"


class RowError(Exception):
    """One bad value in one row; the message is shown to the person who imports."""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self):
        return f"แถวที่ {self.line}: {self.message}" if self.line else self.message


class ImportFailed(Exception):
    def __init__(self, problems):
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list = field(default_factory=list)

    def __str__(self):
        return f"เพิ่ม {self.created} แก้ไข {self.updated} ไม่เปลี่ยน {self.unchanged}"


@dataclass
class Row:
    line: int
    values: dict


class RowImporter:
    required: tuple = ()
    optional: tuple = ()

    def parse(self, row: Row):
        raise NotImplementedError

    def check(self, parsed: list) -> list:
        """Problems that involve several rows, such as duplicates. `parsed` is [(line, item)]."""
        return []

    def apply(self, parsed: list) -> Result:
        raise NotImplementedError


def read_rows(data: bytes, filename: str = "", max_bytes: int | None = None) -> list:
    if max_bytes is not None and len(data) > max_bytes:
        raise ImportFailed(
            [Problem(0, f"ไฟล์ใหญ่เกินกำหนด ({len(data) // 1024 // 1024} MB; สูงสุด "
                        f"{max_bytes // 1024 // 1024} MB) / file too large")]
        )
    if data.startswith(XLSX_MAGIC):
        return _xlsx_rows(data)
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise ImportFailed([Problem(0, "ไฟล์ XLSX เสียหาย / not a valid XLSX file")])
    return _csv_rows(data)


def _csv_rows(data: bytes) -> list:
    if b"\x00" in data[:4096]:
        raise ImportFailed([Problem(0, "ไฟล์นี้ไม่ใช่ตาราง CSV หรือ XLSX / not a spreadsheet")])
    text = _decode(data)
    try:
        table = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ImportFailed([Problem(0, f"อ่านไฟล์ CSV ไม่ได้: {exc}")]) from exc
    return _to_rows(table)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Thai offices still save CSV from Excel as TIS-620 / windows-874.
        return data.decode("cp874", errors="strict")


def _xlsx_rows(data: bytes) -> list:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFailed([Problem(0, "ไฟล์ XLSX เสียหาย / not a valid XLSX file")]) from exc
    sheet = book.worksheets[0]
    table = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return _to_rows(table)


def _to_rows(table) -> list:
    while table and not any(str(v).strip() for v in table[-1]):
        table.pop()
    if not table:
        raise ImportFailed([Problem(0, "ไฟล์ว่าง ไม่มีหัวตาราง / the file is empty")])
    headers = [str(h).strip().lower() for h in table[0]]
    rows = []
    for number, values in enumerate(table[1:], start=2):
        if not any(str(v).strip() for v in values):
            continue
        cells = {h: _clean(v) for h, v in zip(headers, values, strict=False) if h}
        rows.append(Row(number, cells))
    return headers, rows


def _clean(value):
    if not isinstance(value, str):
        return value
    value = value.strip()
    # Undo the quote that our own export puts before formula-like text.
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        value = value[1:]
    return value


def run_import(importer: RowImporter, data: bytes, filename="", max_bytes=None) -> Result:
    headers, rows = read_rows(data, filename, max_bytes)
    missing = [c for c in importer.required if c not in headers]
    if missing:
        raise ImportFailed([Problem(1, f"ไม่มีคอลัมน์ที่จำเป็น: {', '.join(missing)}")])
    problems, parsed = [], []
    for row in rows:
        try:
            parsed.append((row.line, importer.parse(row)))
        except RowError as exc:
            problems.append(Problem(row.line, str(exc)))
    problems += importer.check(parsed)
    if problems:
        raise ImportFailed(problems)
    with transaction.atomic():
        return importer.apply(parsed)


def duplicates(parsed, key, label) -> list:
    """Problems for every row whose key was already used by an earlier row."""
    seen, problems = {}, []
    for line, item in parsed:
        value = key(item)
        if value in seen:
            problems.append(Problem(line, f"{label} {value!r} ซ้ำกับแถวที่ {seen[value]}"))
        else:
            seen[value] = line
    return problems


def text(row: Row, name, required=False, max_length=None) -> str:
    value = row.values.get(name, "")
    value = "" if value is None else str(value).strip()
    if isinstance(row.values.get(name), float) and value.endswith(".0"):
        value = value[:-2]  # Excel stores codes such as 4301 as 4301.0
    if required and not value:
        raise RowError(f"ไม่มีค่าในคอลัมน์ {name}")
    if max_length and len(value) > max_length:
        raise RowError(f"ค่าในคอลัมน์ {name} ยาวเกิน {max_length} ตัวอักษร")
    return value


def number(row: Row, name, required=True, low=None, high=None):
    raw = row.values.get(name, "")
    if raw in ("", None):
        if required:
            raise RowError(f"ไม่มีค่าในคอลัมน์ {name}")
        return None
    try:
        value = float(str(raw).replace(",", "")) if not isinstance(raw, int | float) else raw
    except ValueError:
        raise RowError(f"ค่าในคอลัมน์ {name} ต้องเป็นตัวเลข: {raw!r}") from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise RowError(f"ค่าในคอลัมน์ {name} ต้องอยู่ระหว่าง {low} ถึง {high}: {raw!r}")
    return value


def boolean(row: Row, name) -> bool:
    value = str(row.values.get(name, "") or "").strip().lower()
    if value in ("", "0", "false", "no", "n", "ไม่", "ไม่ใช่"):
        return False
    if value in ("1", "true", "yes", "y", "ใช่", "x", "✓"):
        return True
    raise RowError(f"ค่าในคอลัมน์ {name} ต้องเป็น ใช่/ไม่ใช่: {value!r}")


def update_fields(obj, values: dict) -> bool:
    """Set values on obj; True when anything changed (so unchanged rows are not saved)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)
            changed = True
    return changed
