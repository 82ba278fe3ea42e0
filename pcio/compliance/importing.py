"""Compliance as a spreadsheet, one row per agency: what agencies sent in to the secretariat.

A channel column that is present sets that kind's channels exactly (several values separated
by spaces); a column that is absent leaves what is stored. Unchanged channels keep their
check results."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pcio.agencies.models import Agency
from pcio.compliance.forms import clean_value, section_of
from pcio.compliance.models import Channel, Kind, Record
from pcio.lib import importer
from pcio.lib.importer import Result, RowError
from pcio.lib.thai import parse_thai_date

CHANNEL_COLUMNS = {"web_form": Kind.WEB_FORM, "email": Kind.EMAIL, "eservice": Kind.ESERVICE,
                   "facebook": Kind.FACEBOOK, "line_oa": Kind.LINE_OA, "other": Kind.OTHER,
                   "staff_systems": Kind.STAFF_SYSTEM}
DATES = ("info_announced_on", "cybersafe_enrolled_on", "eoffice_since")
TEXTS = {"info_url": 500, "workd_domain": 100, "eoffice_system": 200, "eoffice_provider": 200}
SERVICES = ("mail", "chat", "meet", "cloud")
COLUMNS = ["agency_code", "info_announced_on", "info_url", *CHANNEL_COLUMNS,
           "facebook_verified", "cybersafe_enrolled_on", "workd_domain", "workd_services",
           "workd_requested", "workd_active", "eoffice_since", "eoffice_system",
           "eoffice_provider"]


@dataclass
class Parsed:
    agency: Agency
    record: dict
    channels: dict  # Kind -> [value]
    facebook_verified: bool | None


class ComplianceImporter(importer.RowImporter):
    required = ("agency_code",)
    optional = tuple(COLUMNS[1:])

    def __init__(self):
        self.agencies = {a.code: a for a in Agency.objects.only("id", "code", "name_th")}

    def parse(self, row):
        errors, record, channels = [], {}, {}
        for name, read in self._readers(row):
            try:
                read(name, record, channels)
            except RowError as exc:
                errors.append(str(exc))
        if errors:
            raise RowError("; ".join(errors))
        verified = (importer.boolean(row, "facebook_verified")
                    if "facebook_verified" in row.values else None)
        return Parsed(record.pop("agency"), record, channels, verified)

    def _readers(self, row):
        present = [c for c in COLUMNS if c in row.values]
        for name in ["agency_code", *[c for c in present if c != "agency_code"]]:
            reader = getattr(self, f"_{name}", None) or self._by_kind(name)
            if reader:
                yield name, lambda n, rec, ch, r=reader: r(row, n, rec, ch)

    def _by_kind(self, name):
        if name in CHANNEL_COLUMNS:
            return self._channel
        if name in DATES:
            return self._date
        if name in TEXTS:
            return self._text
        return None

    def _agency_code(self, row, name, record, channels):
        code = importer.text(row, name, required=True)
        if code not in self.agencies:
            raise RowError(_("ไม่พบหน่วยงานรหัส %(code)r") % {"code": code})
        record["agency"] = self.agencies[code]

    def _channel(self, row, name, record, channels):
        kind = CHANNEL_COLUMNS[name]
        values = importer.text(row, name).split()
        try:
            channels[kind] = [clean_value(kind, v) for v in values]
        except ValidationError as exc:
            raise RowError(_("คอลัมน์ %(column)s: %(error)s")
                           % {"column": name, "error": " ".join(exc.messages)}) from None

    def _date(self, row, name, record, channels):
        value = row.values.get(name)
        if hasattr(value, "year"):  # XLSX dates arrive as datetime
            record[name] = value.date() if hasattr(value, "date") else value
            return
        value = importer.text(row, name)
        try:
            record[name] = parse_thai_date(value) if value else None
        except ValueError:
            raise RowError(_("คอลัมน์ %(column)s: อ่านวันที่ไม่ได้ %(value)r "
                             "(เช่น 11 พฤศจิกายน 2567 หรือ 11/11/2567)")
                           % {"column": name, "value": value}) from None

    def _text(self, row, name, record, channels):
        record[name] = importer.text(row, name, max_length=TEXTS[name])
        if name == "workd_domain":
            record[name] = record[name].lstrip("@").lower()

    def _workd_services(self, row, name, record, channels):
        given = importer.text(row, name).lower().replace(",", " ").split()
        unknown = [s for s in given if s not in SERVICES]
        if unknown:
            raise RowError(_("ไม่รู้จักบริการ workD %(services)s (ใช้ mail chat meet cloud)")
                           % {"services": ", ".join(unknown)})
        record.update({f"workd_{s}": s in given for s in SERVICES})

    def _workd_requested(self, row, name, record, channels):
        record[name] = int(importer.number(row, name, required=False, low=0) or 0)

    def _workd_active(self, row, name, record, channels):
        value = importer.number(row, name, required=False, low=0)
        record[name] = None if value is None else int(value)

    def check(self, parsed):
        return importer.duplicates(parsed, lambda p: p.agency.code, _("รหัสหน่วยงาน"))

    def apply(self, parsed) -> Result:
        result = Result()
        for _line, item in parsed:
            created, changed = _apply_one(item)
            result.created += created
            result.updated += changed and not created
            result.unchanged += not changed and not created
        return result


def _apply_one(item) -> tuple[bool, bool]:
    record, created = Record.objects.get_or_create(agency=item.agency)
    changed = importer.update_fields(record, item.record)
    if changed:
        record.save()
    for kind, values in item.channels.items():
        changed = _set_channels(item.agency, kind, values) or changed
    if item.facebook_verified is not None:
        changed = bool(item.agency.channels.filter(kind=Kind.FACEBOOK).exclude(
            meta_verified=item.facebook_verified).update(
            meta_verified=item.facebook_verified)) or changed
    return created, changed


def _set_channels(agency, kind, values) -> bool:
    current = set(agency.channels.filter(kind=kind).values_list("value", flat=True))
    if current == set(values):
        return False
    agency.channels.filter(kind=kind).exclude(value__in=values).delete()
    for value in values:
        Channel.objects.get_or_create(agency=agency, kind=kind, value=value,
                                      defaults={"section": section_of(kind)})
    return True


def export_rows(agencies):
    """Rows in COLUMNS order; `agencies` should prefetch compliance and channels."""
    for agency in agencies:
        record = getattr(agency, "compliance", None) or Record(agency=agency)
        by_kind = {}
        for channel in agency.channels.all():
            by_kind.setdefault(channel.kind, []).append(channel)
        yield _export_row(agency, record, by_kind)


def _export_row(agency, record, by_kind):
    facebook = by_kind.get(Kind.FACEBOOK, [])
    services = " ".join(s for s in SERVICES if getattr(record, f"workd_{s}"))
    return [
        agency.code, _iso(record.info_announced_on), record.info_url,
        *[" ".join(c.value for c in by_kind.get(kind, [])) for kind in CHANNEL_COLUMNS.values()],
        "1" if facebook and all(c.meta_verified for c in facebook) else "0",
        _iso(record.cybersafe_enrolled_on), record.workd_domain, services,
        record.workd_requested, "" if record.workd_active is None else record.workd_active,
        _iso(record.eoffice_since), record.eoffice_system, record.eoffice_provider,
    ]


def _iso(value):
    return value.isoformat() if value else ""


VOLUME_COLUMNS = ["agency_code", "month", "documents"]


class VolumeImporter(importer.RowImporter):
    """Monthly e-Office volumes: agency_code, month (2568-03, 03/2568, ...), documents."""

    required = tuple(VOLUME_COLUMNS)

    def __init__(self):
        self.agencies = dict(Agency.objects.values_list("code", "id"))

    def parse(self, row):
        from pcio.lib.forms import parse_month

        code = importer.text(row, "agency_code", required=True)
        if code not in self.agencies:
            raise RowError(_("ไม่พบหน่วยงานรหัส %(code)r") % {"code": code})
        raw = row.values.get("month")
        try:
            month = raw.date().replace(day=1) if hasattr(raw, "date") else parse_month(raw)
        except ValidationError:
            raise RowError(_("อ่านเดือนไม่ได้: %(value)r (เช่น 2568-03)") % {"value": raw}) from None
        documents = importer.number(row, "documents", low=0)
        return (self.agencies[code], month, int(documents))

    def check(self, parsed):
        return importer.duplicates(parsed, lambda p: p[:2], _("หน่วยงานและเดือน"))

    def apply(self, parsed) -> Result:
        from pcio.compliance.models import EofficeVolume

        result = Result()
        for _line, (agency_id, month, documents) in parsed:
            volume, created = EofficeVolume.objects.get_or_create(
                agency_id=agency_id, month=month, defaults={"documents": documents})
            changed = not created and volume.documents != documents
            if changed:
                volume.documents = documents
                volume.save()
            result.created += created
            result.updated += changed
            result.unchanged += not created and not changed
        return result
