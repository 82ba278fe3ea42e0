"""Thai dates, digits and collation. Plain Python: no Django imports."""

import re
from datetime import date, datetime

MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
BE_OFFSET = 543
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(text) -> str:
    return str(text).translate(_THAI_DIGITS)


def arabic_digits(text) -> str:
    return str(text).translate(_ARABIC_DIGITS)


# What is copied into a browser or a mail program keeps the digits it was typed with: a URL,
# an e-mail address, a domain name (info.go.th). Letter references (ที่ นค 0017.2/ว 15820)
# are not addresses: official documents write them in the document's digits like any number.
_ADDRESS = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>\"]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6})(?![A-Za-z0-9-])",
    re.IGNORECASE,
)
DIGITS = {"thai": thai_digits, "arabic": arabic_digits}


def digits_as(text, style: str) -> str:
    """Every digit of `text` in Thai ("thai") or Arabic ("arabic") digits, except inside
    URLs, e-mail addresses and domain names."""
    convert, text = DIGITS[style], str(text)
    out, last = [], 0
    for found in _ADDRESS.finditer(text):
        out += [convert(text[last:found.start()]), found[0]]
        last = found.end()
    return "".join(out) + convert(text[last:])


def addresses(text) -> list[str]:
    """The URLs, e-mail addresses and domain names in `text` (their digits are left alone)."""
    return _ADDRESS.findall(str(text))


def be_year(value) -> int:
    """The Buddhist-era year of a date, or of a Christian-era year number."""
    year = value if isinstance(value, int) else value.year
    return year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def thai_date(value, short=False, weekday=False, era=False) -> str:
    """22 เมษายน 2568; short: 22 เม.ย. 68; weekday: วันอังคารที่ 22 เมษายน 2568."""
    if value is None:
        return ""
    months = MONTHS_SHORT if short else MONTHS
    year = be_year(value) % 100 if short else be_year(value)
    text = f"{value.day} {months[value.month - 1]} {'พ.ศ. ' if era else ''}{year}"
    if weekday:
        text = f"วัน{WEEKDAYS[value.weekday()]}ที่ {text}"
    return text


def thai_time(value) -> str:
    """13.30 น."""
    return f"{value.hour:02d}.{value.minute:02d} น."


def thai_datetime(value, short=False) -> str:
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return thai_date(value, short=short)
    return f"{thai_date(value, short=short)} {thai_time(value)}"


_DATE_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DATE_WORDS = re.compile(r"^\s*(\d{1,2})\s+(\S+)\s+(?:พ\.ศ\.\s*)?(\d{4})\s*$")


def parse_thai_date(text: str) -> date:
    """Read 22/04/2568, 2025-04-22, 22 เมษายน 2568 or 22 เม.ย. 2568 (Thai digits too).

    A four-digit year above 2400 is Buddhist era. Raises ValueError otherwise.
    """
    text = arabic_digits(text or "")
    if m := _DATE_ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DATE_NUMERIC.match(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _DATE_WORDS.match(text):
        day, year = int(m.group(1)), int(m.group(3))
        month = _month_number(m.group(2))
    else:
        raise ValueError(f"อ่านวันที่ไม่ได้: {text!r}")
    if year > 2400:
        year = ce_year(year)
    return date(year, month, day)


def _month_number(word: str) -> int:
    for names in (MONTHS, MONTHS_SHORT):
        if word in names:
            return names.index(word) + 1
    raise ValueError(f"ไม่รู้จักชื่อเดือน: {word!r}")


_TONES = re.compile("[\u0e47-\u0e4c]")
_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def sort_key(text: str) -> str:
    """A key whose plain binary order is Thai dictionary order.

    Primary: tone marks dropped and each leading vowel (เ แ โ ใ ไ) moved after its consonant,
    as in the Royal Institute dictionary; then the full text breaks ties. The key is written as
    fixed-width hex so that every database collation (SQLite BINARY, any PostgreSQL locale)
    orders it the same way, and it can sit in an indexed column.
    """
    text = (text or "").strip().casefold()
    primary = _LEADING_VOWEL.sub(r"\2\1", _TONES.sub("", text))
    return "".join(f"{ord(c):05x}" for c in primary) + "." + "".join(
        f"{ord(c):05x}" for c in text
    )


def collate(items, key=lambda item: item):
    """Sort items in Thai dictionary order."""
    return sorted(items, key=lambda item: sort_key(key(item)))
