"""The Department of Local Administration's list of local administrations (รายชื่อ อปท.):
its column headers, its type names and the abbreviations in its names, read by the agency
importer (pcio.agencies.importing) alongside the registry's own layout."""

from pcio.agencies.models import AgencyType

# DLA's headers -> the registry's columns (compared ignoring case and runs of spaces)
HEADERS = {
    "รหัส อปท.": "code", "รหัส อปท": "code", "รหัสอปท.": "code", "รหัส": "code",
    "ชื่อ อปท.": "name_th", "ชื่อ อปท": "name_th", "ชื่ออปท.": "name_th",
    "ชื่อองค์กรปกครองส่วนท้องถิ่น": "name_th",
    "ประเภท อปท.": "type", "ประเภท อปท": "type", "ประเภท": "type",
    "อำเภอ": "district", "จังหวัด": "province_code",
}  # fmt: skip
# the full name each abbreviation stands for, as the registry writes a name
PREFIXES = {
    "ทน.": "เทศบาลนคร", "ทม.": "เทศบาลเมือง", "ทต.": "เทศบาลตำบล",
    "อบต.": "องค์การบริหารส่วนตำบล", "อบจ.": "องค์การบริหารส่วนจังหวัด",
}  # fmt: skip
TYPES = {
    "เทศบาลนคร": AgencyType.MUNICIPALITY, "เทศบาลเมือง": AgencyType.MUNICIPALITY,
    "เทศบาลตำบล": AgencyType.MUNICIPALITY, "องค์การบริหารส่วนตำบล": AgencyType.SAO,
    "องค์การบริหารส่วนจังหวัด": AgencyType.PAO, "เมืองพัทยา": AgencyType.OTHER,
}  # fmt: skip


def full(text) -> str:
    """"ทต.นาดี" -> "เทศบาลตำบลนาดี"; other text unchanged."""
    text = " ".join(str(text).split())
    for short, long in PREFIXES.items():
        if text.startswith(short):
            return long + text.removeprefix(short).strip()
    return text


def agency_type(text):
    """The AgencyType of a DLA type name ("เทศบาลตำบล", "อบต."), or None."""
    return TYPES.get(full(text))


def name(text, kind) -> str:
    """DLA lists may give only the place ("นาดี") with its type ("อบต."): the registry's name
    is the full one, "องค์การบริหารส่วนตำบลนาดี"."""
    text, kind = full(text), full(kind)
    if kind in TYPES and not text.startswith(("เทศบาล", "องค์การบริหารส่วน", kind)):
        return kind + text
    return text


def district_name(text) -> str:
    """"อ.เมืองX" / "อำเภอเมืองX" -> "เมืองX" (the district's name in the reference data)."""
    text = " ".join(str(text).split())
    for prefix in ("อำเภอ", "อ.", "เขต"):
        if text.startswith(prefix):
            return text.removeprefix(prefix).strip()
    return text
