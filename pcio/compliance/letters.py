"""Reading the province's letter references as they are written in agenda documents."""

import re
from datetime import date

from pcio.lib.thai import arabic_digits, parse_thai_date

# นค 0017.2/ว 15820 ; ที่ นค 0017.2/ว 3955 ลงวันที่ 24 มีนาคม 2568
_REFERENCE = re.compile(r"(?:ที่\s+)?(?P<ref>[ก-ฮ]{1,3}\.?\s*[\d.]+\s*/\s*(?:ว\s*)?\d+)")
_DATED = re.compile(r"ลง\s*วัน\s*ที่\s+(?P<date>\d{1,2}\s+\S+\s+(?:พ\.ศ\.\s*)?\d{4})")


def normalise_reference(text: str) -> str:
    """'นค0017.2/ว15820' and 'นค 0017.2 / ว 15820' both become 'นค 0017.2/ว 15820'."""
    text = arabic_digits(text).strip()
    m = re.fullmatch(r"([ก-ฮ]{1,3})\.?\s*([\d.]+)\s*/\s*(ว)?\s*(\d+)", text)
    if not m:
        raise ValueError(f"อ่านเลขที่หนังสือไม่ได้: {text!r} (เช่น {example_reference()})")
    prefix, office, circular, number = m.groups()
    return f"{prefix} {office}/{'ว ' if circular else ''}{number}"


def example_reference() -> str:
    """A letter number in this province's own style: its latest letter's prefix (the
    province's abbreviation), or a placeholder one before any is kept."""
    from pcio.compliance.models import Letter

    latest = Letter.objects.order_by("-dated").values_list("reference", flat=True).first()
    return f"{latest.split()[0] if latest else 'กข'} 0017.2/ว 15820"


def parse_citation(text: str) -> tuple[str, date]:
    """'ที่ นค 0017.2/ว 15820 ลงวันที่ 11 พฤศจิกายน 2567' -> ('นค 0017.2/ว 15820', date)."""
    text = " ".join(arabic_digits(text).split())
    ref, dated = _REFERENCE.search(text), _DATED.search(text)
    if not ref or not dated:
        raise ValueError(f"ต้องมีเลขที่หนังสือและ 'ลงวันที่': {text!r}")
    return normalise_reference(ref.group("ref")), parse_thai_date(dated.group("date"))


def citation(reference: str, dated: date) -> str:
    from pcio.lib.thai import thai_date

    return f"หนังสือจังหวัด ที่ {reference} ลงวันที่ {thai_date(dated)}"
