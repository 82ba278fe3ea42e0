"""All-or-nothing spreadsheet import, shared by every app.

An app describes its rows with a `RowImporter` subclass: the columns, how to read one row
(`parse`, raising `RowError` with a Thai reason through gettext, so an English page reads it
in English), checks across rows (`check`), and how to write the parsed rows (`apply`).
`run_import` reads a CSV (UTF-8 or TIS-620/windows-874) or XLSX file, collects every bad row
with its line number, and writes nothing unless every row is good. Writing happens in one
transaction, so a failure half-way leaves the data as it was.

A file is bounded by what it expands to, not only by its size (`Limits`, PCIO_MAX_IMPORT_*):
an XLSX's zip is checked (expanded size, compression ratio, rows and cells counted with expat)
before openpyxl opens it, CSV and XLSX rows are streamed and parsed as they are read, and a
clock stops an import that runs too long, even inside `apply`.
"""

import csv
import dataclasses
import functools
import io
import os
import time
import xml.parsers.expat
import zipfile
import zlib
from contextlib import closing, contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils.translation import gettext as _

XLSX_MAGIC = b"PK\x03\x04"


class RowError(Exception):
    """What is wrong with one row, shown to the person who imports: one message per problem,
    each said once (a row read field by field may meet the same problem twice)."""

    def __init__(self, *messages):
        self.messages = list(dict.fromkeys(str(m) for m in messages if m))
        super().__init__("; ".join(self.messages))


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self):
        return (_("แถวที่ %(line)s: %(message)s") % {"line": self.line, "message": self.message}
                if self.line else self.message)


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
        return _("เพิ่ม %(created)s แก้ไข %(updated)s ไม่เปลี่ยน %(unchanged)s") % {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged}


@dataclass
class Row:
    line: int
    values: dict
    labels: dict = field(default_factory=dict, repr=False)  # column -> the header people read

    def label(self, name) -> str:
        return self.labels.get(name, name)


class RowImporter:
    required: tuple = ()
    optional: tuple = ()
    # What people call each column (Thai): a file may head a column with its name or its
    # label, and messages name the column by its label.
    labels: dict = {}
    aliases: dict = {}  # other headers a file may use (an English label) -> column name

    def header_names(self) -> dict:
        """{normalised header: column name} for every header this importer understands."""
        names = {header_key(name): name for name in (*self.required, *self.optional)}
        names.update({header_key(label): name for name, label in self.labels.items()})
        names.update({header_key(alias): name for alias, name in self.aliases.items()})
        return names

    def parse(self, row: Row):
        raise NotImplementedError

    def check(self, parsed: list) -> list:
        """Problems that involve several rows, such as duplicates. `parsed` is [(line, item)]."""
        return []

    def apply(self, parsed: list) -> Result:
        raise NotImplementedError


# ---- limits --------------------------------------------------------------------------------
# An upload's size says little about what it holds: an 815 KB XLSX expanded to 200 MiB of
# rows and held the server for 80 s. Every import is bounded by what the file expands to.

EXCEL_MAX_ROWS, EXCEL_MAX_CELLS = 1_048_576, 16_384  # Excel's own sheet size
MAX_LINE_CHARS = 1_000_000  # one CSV line; csv refuses a single field over 131,072 anyway
RATIO_GRACE = 1024 * 1024  # small parts (styles, themes) compress far better than data
MAX_PARTS = 10_000  # zip members; a real workbook has tens
ROW_ELEMENTS = 200_000  # elements in one row or shared string: openpyxl holds them at once
OTHER_ELEMENTS = 100_000  # elements outside rows and strings (styles, workbook): read whole
SPARE_STRINGS = 1_000  # shared strings no cell uses (Excel keeps only the ones in use)
BATCH = 500  # values per query: SQLite before 3.32 allows 999 variables in a statement
XLSX_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, IndexError, OSError,
               ValueError, TypeError, EOFError, SyntaxError, NotImplementedError, zlib.error)


@dataclass(frozen=True)
class Limits:
    """How big an import may be, as read; None is no limit (`--no-limits`)."""

    bytes: int | None = None
    rows: int | None = None
    columns: int | None = None
    expanded: int | None = None
    ratio: float | None = None
    seconds: float | None = None

    @classmethod
    def from_settings(cls, scale=1):
        """The PCIO_MAX_IMPORT_* settings. `scale` multiplies size, expanded size, rows and
        time for a known-good national file; the columns and the ratio say what a sane file
        looks like, whatever its size, and stay."""
        from django.conf import settings

        def scaled(value):
            return int(value * scale) if value else None

        return cls(bytes=scaled(settings.PCIO_MAX_IMPORT_BYTES),
                   rows=scaled(settings.PCIO_MAX_IMPORT_ROWS),
                   columns=settings.PCIO_MAX_IMPORT_COLUMNS or None,
                   expanded=scaled(settings.PCIO_MAX_IMPORT_EXPANDED_BYTES),
                   ratio=settings.PCIO_MAX_IMPORT_RATIO or None,
                   seconds=settings.PCIO_MAX_IMPORT_SECONDS * scale or None)


def add_limit_arguments(parser):
    """--limit-scale and --no-limits for a management command that imports a file."""
    parser.add_argument("--limit-scale", type=float, default=1, metavar="N",
                        help="multiply the import limits (size, rows, time) by N")
    parser.add_argument("--no-limits", action="store_true",
                        help="import a known-good file whatever its size")


def limits_from_options(options) -> Limits:
    if options.get("no_limits"):
        return Limits()
    return Limits.from_settings(scale=max(options.get("limit_scale") or 1, 1))


def _refuse(message, line=0):
    raise ImportFailed([Problem(line, message)])


def _mb(size):
    return f"{size / 1024 / 1024:,.1f}"


class Clock:
    """The time limit, checked between rows and before every query that `apply` makes."""

    def __init__(self, seconds=None):
        self.seconds = seconds
        self.end = time.monotonic() + seconds if seconds else None

    def check(self):
        if self.end is not None and time.monotonic() > self.end:
            _refuse(_("นำเข้านานเกิน %(max)s วินาที (PCIO_MAX_IMPORT_SECONDS) "
                      "จึงหยุดโดยไม่เปลี่ยนแปลงข้อมูล") % {"max": f"{self.seconds:,g}"})

    def guard(self, execute, sql, params, many, context):
        if not str(sql).startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):  # let it unwind
            self.check()
        return execute(sql, params, many, context)


# ---- reading -------------------------------------------------------------------------------


class Table:
    """A spreadsheet that passed the limits: its headers, how many rows (to the last one with
    a value), and its rows, read again from the file on demand. `total` when already known
    (an XLSX's scan counted it); otherwise a first pass counts, checking every row."""

    def __init__(self, records, clock, total=None):
        self.records, self.clock = records, clock
        first, self.total = (_measure(records(), clock) if total is None
                             else (_first(records()), total))
        if not (_filled(first) or self.total):
            _refuse(_("ไฟล์ว่าง ไม่มีหัวตาราง"))
        self.headers = [str(h).strip().lower() for h in first]
        self.labels = {}

    def name_columns(self, importer):
        """Headers written as labels ("ชื่อชุดข้อมูล *") become the importer's column names."""
        names = importer.header_names()
        self.headers = [names.get(header_key(h), h) for h in self.headers]
        self.labels = dict(importer.labels)

    def rows(self):
        with closing(self.records()) as records:
            next(records)  # the headers
            for line, values in records:
                if line - 1 > self.total:
                    break
                self.clock.check()
                if _filled(values):
                    yield Row(line, {h: _clean(v) for h, v in
                                     zip(self.headers, values, strict=False) if h},
                              self.labels)


def header_key(text) -> str:
    """A header as compared: case, runs of spaces and the "*" marking a required column in
    a template do not count."""
    return " ".join(str(text).replace("*", " ").split()).casefold()


def _measure(records, clock):
    first, total = [], 0
    with closing(records):
        for line, values in records:
            clock.check()
            if line == 1:
                first = values
            elif _filled(values):
                total = line - 1
    return first, total


def _first(records):
    with closing(records):
        return next(records, (1, []))[1]


def _filled(values) -> bool:
    return any(str(v).strip() for v in values)


@contextmanager
def open_table(source, filename="", limits=None, clock=None):
    """`source`: bytes, a path, or an open binary file (an upload). Raises ImportFailed, naming
    the limit, for a file too big as uploaded or as expanded, before its rows are read."""
    limits = Limits.from_settings() if limits is None else limits
    clock = clock or Clock(limits.seconds)
    with _binary(source) as stream:
        _check_size(stream, limits)
        magic = stream.read(4)
        stream.seek(0)
        if magic == XLSX_MAGIC:
            with _xlsx_table(stream, limits, clock) as table:
                yield table
        elif filename.lower().endswith((".xlsx", ".xlsm")):
            _refuse(_("ไฟล์ XLSX เสียหาย"))
        else:
            yield _csv_table(stream, limits, clock)


@contextmanager
def _binary(source):
    if isinstance(source, bytes | bytearray):
        yield io.BytesIO(source)
    elif isinstance(source, str | os.PathLike):
        with open(source, "rb") as stream:
            yield stream
    else:
        source.seek(0)
        yield source


def _check_size(stream, limits):
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    if limits.bytes and size > limits.bytes:
        _refuse(_("ไฟล์ใหญ่เกินกำหนด (%(size)s MB; สูงสุด %(max)s MB ตาม PCIO_MAX_IMPORT_MB)")
                % {"size": _mb(size), "max": _mb(limits.bytes)})


def _csv_table(stream, limits, clock) -> Table:
    if b"\x00" in stream.read(4096):
        _refuse(_("ไฟล์นี้ไม่ใช่ตาราง CSV หรือ XLSX"))
    # Thai offices still save CSV from Excel as TIS-620 / windows-874.
    for encoding in ("utf-8-sig", "cp874"):
        records = functools.partial(_csv_records, stream, encoding, limits)
        try:
            return Table(records, clock)
        except UnicodeDecodeError:
            continue
    _refuse(_("อ่านตัวอักษรในไฟล์ไม่ได้ (บันทึกเป็น CSV แบบ UTF-8 หรือ TIS-620)"))


def _csv_records(stream, encoding, limits):
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    try:
        for line, values in enumerate(csv.reader(_lines(text)), start=1):
            _check_row(line, values, limits)
            yield line, values
    except csv.Error as exc:
        _refuse(_("อ่านไฟล์ CSV ไม่ได้: %(error)s") % {"error": exc})
    finally:
        text.detach()  # the upload is the caller's to close


def _lines(text):
    while line := text.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            _refuse(_("มีบรรทัดยาวเกิน %(max)s ตัวอักษร") % {"max": f"{MAX_LINE_CHARS:,}"})
        yield line


def _check_row(line, values, limits):
    if limits.rows and line - 1 > limits.rows and _filled(values):
        _refuse(_("ไฟล์มีเกิน %(max)s แถว (PCIO_MAX_IMPORT_ROWS)") % {"max": f"{limits.rows:,}"})
    if limits.columns and len(values) > limits.columns and _filled(values[limits.columns:]):
        _refuse(_too_wide(limits), line)


def _too_wide(limits):
    return _("มีเกิน %(max)s คอลัมน์ (PCIO_MAX_IMPORT_COLUMNS)") % {"max": f"{limits.columns:,}"}


@contextmanager
def _xlsx_table(stream, limits, clock):
    import openpyxl

    try:
        with zipfile.ZipFile(stream) as archive:
            scan = _check_zip(archive, limits, clock)
        stream.seek(0)
        book = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        sheet = book.worksheets[0]
    except XLSX_ERRORS as exc:
        raise ImportFailed([Problem(0, _("ไฟล์ XLSX เสียหาย"))]) from exc
    try:
        # openpyxl keeps where the sheet is in the zip; the scan knows its last row and column.
        last, width = scan.extent.get(getattr(sheet, "_worksheet_path", ""), (None, None))
        sheet.reset_dimensions()  # a file's own dimensions may claim any size
        total = None if last is None else max(last - 1, 0)
        yield Table(functools.partial(_xlsx_records, sheet, last, width), clock, total)
    finally:
        book.close()


def _xlsx_records(sheet, last, width):
    if last == 0:
        return
    try:
        rows = sheet.iter_rows(max_row=last, max_col=width, values_only=True)
        for line, values in enumerate(rows, start=1):
            yield line, ["" if v is None else v for v in values]
    except XLSX_ERRORS as exc:
        raise ImportFailed([Problem(0, _("ไฟล์ XLSX เสียหาย"))]) from exc


def _check_zip(archive, limits, clock):
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        _refuse(_("ไฟล์ XLSX เสียหาย"))
    # zipfile stops each member at its declared size, so the declared sizes are the bound.
    expanded = sum(m.file_size for m in members)
    if limits.expanded and expanded > limits.expanded:
        _refuse(_("ไฟล์ XLSX ขยายออกได้ %(size)s MB เกินกำหนด %(max)s MB "
                  "(PCIO_MAX_IMPORT_EXPANDED_MB)") % {"size": _mb(expanded),
                                                      "max": _mb(limits.expanded)})
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if limits.ratio and m.file_size > RATIO_GRACE and ratio > limits.ratio:
            _refuse(_("ไฟล์ XLSX ถูกบีบอัดไว้ %(ratio)s เท่า เกินกำหนด %(max)s เท่า "
                      "(PCIO_MAX_IMPORT_RATIO): ตารางจริงไม่บีบอัดได้มากขนาดนี้")
                    % {"ratio": f"{ratio:,.0f}", "max": f"{limits.ratio:,}"})
    scan = _Scan(limits, clock)
    for m in members:
        with archive.open(m) as part:
            scan.part(m.filename, part)
    scan.finish()
    return scan


class _Scan:
    """Counts, with expat and before openpyxl opens the file, what openpyxl would hold in
    memory: it keeps every element of one row, one element per row, every shared string and
    the whole tree of the other parts (styles, workbook), so each of these is bounded here,
    in every part (the first sheet is only known once openpyxl has read the workbook)."""

    def __init__(self, limits, clock):
        self.limits, self.clock = limits, clock
        self.other = self.strings = self.string_cells = 0
        self.extent = {}  # part -> (last row with a value, last column with a value)

    def part(self, name, stream):
        self.name, self.depth, self.inside = name, 0, None
        self.rows = self.row = self.column = self.cells = self.inner = 0
        self.last = self.width = 0
        parser = xml.parsers.expat.ParserCreate()
        parser.StartElementHandler, parser.EndElementHandler = self.start, self.end
        parser.StartDoctypeDeclHandler = self.doctype  # OOXML has no DTD: no entity tricks
        try:
            parser.ParseFile(stream)
        except xml.parsers.expat.ExpatError:
            pass  # not XML (an image) or broken: openpyxl refuses what it needs and is broken
        self.extent[name] = (self.last, self.width)

    def start(self, tag, attrs):
        tag = tag.rpartition(":")[2]  # some writers prefix the namespace: x:row
        self.depth += 1
        if self.inside is not None:
            return self._inner(tag, attrs)
        if tag == "row":
            self._row(attrs)
        elif tag == "si":
            self.strings += 1
        else:
            self.other += 1
            if self.other > OTHER_ELEMENTS:
                _refuse(_("ไฟล์ XLSX มีโครงสร้างนอกตารางมากผิดปกติ (เกิน %(max)s ส่วน)")
                        % {"max": f"{OTHER_ELEMENTS:,}"})
            return
        self.inside, self.inner = self.depth, 0

    def end(self, tag):
        if self.depth == self.inside:
            self.inside = None
        self.depth -= 1

    def doctype(self, *args):
        _refuse(_("ไฟล์ XLSX เสียหาย"))

    def _row(self, attrs):
        self.clock.check()
        self.rows += 1
        self.row = _index(attrs.get("r"), self.row + 1, EXCEL_MAX_ROWS)
        self.column = self.cells = 0
        if self.limits.rows and self.rows > self.limits.rows + 1:
            _refuse(_("ไฟล์มีเกิน %(max)s แถว (PCIO_MAX_IMPORT_ROWS)")
                    % {"max": f"{self.limits.rows:,}"})

    def _inner(self, tag, attrs):
        self.inner += 1
        if self.inner > ROW_ELEMENTS:
            _refuse(_("ไฟล์ XLSX เสียหาย"))
        if tag == "c" and self.row:
            self._cell(attrs)
        elif tag in ("v", "is") and self.row:
            self._value()

    def _cell(self, attrs):
        self.cells += 1
        if self.cells > EXCEL_MAX_CELLS:
            _refuse(_("แถวที่ %(line)s มีเกิน %(max)s ช่อง") % {"line": self.row,
                                                             "max": f"{EXCEL_MAX_CELLS:,}"})
        letters = attrs.get("r", "").rstrip("0123456789")
        self.column = _column(letters) if letters else self.column + 1
        self.string_cells += attrs.get("t") == "s"

    def _value(self):
        limits = self.limits
        if limits.rows and self.row - 1 > limits.rows:
            _refuse(_("ไฟล์มีเกิน %(max)s แถว (PCIO_MAX_IMPORT_ROWS)") % {"max": f"{limits.rows:,}"})
        if limits.columns and self.column > limits.columns:
            _refuse(_too_wide(limits), self.row)
        self.last, self.width = max(self.last, self.row), max(self.width, self.column)

    def finish(self):
        if self.strings > self.string_cells + SPARE_STRINGS:
            _refuse(_("ไฟล์ XLSX มีข้อความที่ไม่มีช่องใดใช้ %(n)s ข้อความ ผิดปกติ")
                    % {"n": f"{self.strings - self.string_cells:,}"})


def _column(letters) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
        if not "A" <= letter <= "Z" or number > EXCEL_MAX_CELLS:
            _refuse(_("ไฟล์ XLSX เสียหาย"))
    return number


def _index(value, default, high):
    if value is None:
        return default
    try:
        number = int(float(value))
    except ValueError:
        number = 0
    if not 1 <= number <= high:
        _refuse(_("ไฟล์ XLSX เสียหาย"))
    return number


def read_rows(data, filename: str = "", max_bytes: int | None = None) -> tuple:
    """(headers, [Row]) of a whole file, within the limits (PCIO_MAX_IMPORT_*)."""
    limits = Limits.from_settings()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, bytes=max_bytes)
    with open_table(data, filename, limits) as table:
        return table.headers, list(table.rows())


def _clean(value):
    if not isinstance(value, str):
        return value
    value = value.strip()
    # Undo the quote that our own export puts before formula-like text.
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        value = value[1:]
    return value


# ---- importing -----------------------------------------------------------------------------


def run_import(importer: RowImporter, source, filename="", max_bytes=None, limits=None,
               progress=None) -> Result:
    """Read `source` (bytes, a path or an open binary file) within `limits` (default: the
    settings; `max_bytes` overrides the size), parse every row, and write all of it in one
    transaction or nothing. `progress(stage, done, total)` hears how far it got, stage
    "reading" then "saving"."""
    limits = Limits.from_settings() if limits is None else limits
    if max_bytes is not None:
        limits = dataclasses.replace(limits, bytes=max_bytes)
    clock = Clock(limits.seconds)
    with open_table(source, filename, limits, clock) as table:
        table.name_columns(importer)
        require_columns(importer, table.headers)
        parsed, problems = _parse(importer, table, progress)
    problems += importer.check(parsed)
    if problems:
        raise ImportFailed(problems)
    if progress:
        progress("saving", table.total, table.total)
    with transaction.atomic(), connection.execute_wrapper(clock.guard):
        return importer.apply(parsed)


def require_columns(importer: RowImporter, headers):
    missing = [importer.labels.get(c, c) for c in importer.required if c not in headers]
    if missing:
        raise ImportFailed([Problem(1, _("ไม่มีคอลัมน์ที่จำเป็น: %(columns)s")
                                       % {"columns": ", ".join(missing)})])


def _parse(importer, table, progress):
    """Rows are parsed as they are read, so only the parsed rows stay in memory."""
    problems, parsed = [], []
    for row in table.rows():
        try:
            parsed.append((row.line, importer.parse(row)))
        except RowError as exc:
            problems.append(Problem(row.line, str(exc)))
        if progress and row.line % 100 == 0:
            progress("reading", row.line - 1, table.total)
    return parsed, problems


def by_key(queryset, field, values) -> dict:
    """{value: object} for the objects whose `field` is one of `values`, asked in batches:
    one query for a national file would pass SQLite's limit on variables."""
    values, found = list(values), {}
    for start in range(0, len(values), BATCH):
        for obj in queryset.filter(**{f"{field}__in": values[start:start + BATCH]}):
            found[getattr(obj, field)] = obj
    return found


def duplicates(parsed, key, label) -> list:
    """Problems for every row whose key was already used by an earlier row."""
    seen, problems = {}, []
    for line, item in parsed:
        value = key(item)
        if value in seen:
            problems.append(Problem(line, _("%(label)s %(value)r ซ้ำกับแถวที่ %(line)s")
                                    % {"label": label, "value": value, "line": seen[value]}))
        else:
            seen[value] = line
    return problems


def text(row: Row, name, required=False, max_length=None) -> str:
    value = row.values.get(name, "")
    value = "" if value is None else str(value).strip()
    if isinstance(row.values.get(name), float) and value.endswith(".0"):
        value = value[:-2]  # Excel stores codes such as 4301 as 4301.0
    if required and not value:
        raise RowError(_missing(row, name))
    if max_length and len(value) > max_length:
        raise RowError(_("ค่าในคอลัมน์ %(column)s ยาวเกิน %(max)s ตัวอักษร")
                       % {"column": row.label(name), "max": max_length})
    return value


def number(row: Row, name, required=True, low=None, high=None):
    raw = row.values.get(name, "")
    if raw in ("", None):
        if required:
            raise RowError(_missing(row, name))
        return None
    try:
        value = float(str(raw).replace(",", "")) if not isinstance(raw, int | float) else raw
    except ValueError:
        raise RowError(_("ค่าในคอลัมน์ %(column)s ต้องเป็นตัวเลข: %(value)r")
                       % {"column": row.label(name), "value": raw}) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise RowError(_("ค่าในคอลัมน์ %(column)s ต้องอยู่ระหว่าง %(low)s ถึง %(high)s: %(value)r")
                       % {"column": row.label(name), "low": low, "high": high, "value": raw})
    return value


def boolean(row: Row, name) -> bool:
    value = str(row.values.get(name, "") or "").strip().lower()
    if value in ("", "0", "false", "no", "n", "ไม่", "ไม่ใช่"):
        return False
    if value in ("1", "true", "yes", "y", "ใช่", "x", "✓"):
        return True
    raise RowError(_("ค่าในคอลัมน์ %(column)s ต้องเป็น ใช่/ไม่ใช่: %(value)r")
                   % {"column": row.label(name), "value": value})


def _missing(row, name):
    return _("ไม่มีค่าในคอลัมน์ %(column)s") % {"column": row.label(name)}


def update_fields(obj, values: dict) -> bool:
    """Set values on obj; True when anything changed (so unchanged rows are not saved)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)
            changed = True
    return changed
