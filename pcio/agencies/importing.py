"""The agency registry as a spreadsheet: columns, reading rows, writing them."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from pcio.agencies import dla
from pcio.agencies.models import Agency, AgencyType, District, Province, Website
from pcio.lib import importer
from pcio.lib.importer import Problem, Result, Row, RowError

COLUMNS = [
    "code", "name_th", "name_en", "short_name", "type", "parent_code", "province_code",
    "district", "contact_name", "phone", "email", "email_domain", "websites", "is_sample",
]  # fmt: skip
FIELDS = [
    "name_th", "name_en", "short_name", "type", "contact_name", "phone", "email",
    "email_domain", "is_sample",
]  # fmt: skip
_TYPE_BY_LABEL = {str(label): value for value, label in AgencyType.choices}


@dataclass
class ParsedAgency:
    code: str
    values: dict
    parent_code: str
    province: Province | None
    district: District | None
    websites: list


class AgencyImporter(importer.RowImporter):
    required = ("code", "name_th", "type")
    optional = tuple(c for c in COLUMNS if c not in ("code", "name_th", "type"))
    aliases = dla.HEADERS  # the Department of Local Administration's list reads as it is

    def __init__(self):
        from pcio.front import installation

        self.provinces = {}
        for p in Province.objects.all():
            self.provinces[p.code] = self.provinces[p.name_th] = p
        home = installation.province_code()
        self.districts, self.by_province = {}, {}
        # a district's name alone (DLA's อำเภอ) means this province's when others share it
        for d in sorted(District.objects.select_related("province"),
                        key=lambda d: d.province.code == home):
            self.districts[d.code] = self.districts[d.name_th] = d
            self.by_province[d.province_id, d.name_th] = d
        self.known_codes = set(Agency.objects.values_list("code", flat=True))

    def parse(self, row: Row) -> ParsedAgency:
        errors = []
        values = {}
        for name, reader in self._readers():
            try:
                values[name] = reader(row)
            except RowError as exc:
                errors.append(str(exc))
        if errors:
            raise RowError("; ".join(errors))
        return ParsedAgency(
            code=values.pop("code"), parent_code=values.pop("parent_code"),
            province=values.pop("province") or getattr(values["district"], "province", None),
            district=values.pop("district"),
            websites=values.pop("websites"), values=values,
        )

    def _readers(self):
        return [
            ("code", lambda r: importer.text(r, "code", required=True, max_length=30)),
            ("name_th", self._name),
            ("name_en", lambda r: importer.text(r, "name_en", max_length=255)),
            ("short_name", lambda r: importer.text(r, "short_name", max_length=50)),
            ("type", self._type),
            ("parent_code", lambda r: importer.text(r, "parent_code")),
            ("province", self._province),
            ("district", self._district),
            ("contact_name", lambda r: importer.text(r, "contact_name", max_length=200)),
            ("phone", lambda r: importer.text(r, "phone", max_length=50)),
            ("email", self._email),
            ("email_domain", lambda r: importer.text(r, "email_domain", max_length=100).lower()),
            ("websites", self._websites),
            ("is_sample", lambda r: importer.boolean(r, "is_sample")),
        ]

    @staticmethod
    def _name(row):
        name = importer.text(row, "name_th", required=True, max_length=255)
        return dla.name(name, importer.text(row, "type"))[:255]

    def _type(self, row):
        value = importer.text(row, "type", required=True)
        if value in AgencyType.values:
            return value
        if value in _TYPE_BY_LABEL:
            return _TYPE_BY_LABEL[value]
        if dla.agency_type(value):
            return dla.agency_type(value)
        raise RowError(_("ไม่รู้จักประเภทหน่วยงาน %(value)r (ใช้ %(types)s)")
                       % {"value": value, "types": ", ".join(AgencyType.values)})

    def _province(self, row):
        """A code ("41") or, as DLA's list gives it, a Thai name with or without "จังหวัด"."""
        code = importer.text(row, "province_code").removeprefix("จังหวัด").strip()
        if code and code not in self.provinces:
            raise RowError(_("ไม่พบรหัสจังหวัด %(code)r") % {"code": code})
        return self.provinces.get(code)

    def _district(self, row):
        value = dla.district_name(importer.text(row, "district"))
        province = self.provinces.get(
            importer.text(row, "province_code").removeprefix("จังหวัด").strip())
        found = (province and self.by_province.get((province.pk, value))
                 or self.districts.get(value))
        if value and not found:
            raise RowError(_("ไม่พบอำเภอ %(name)r") % {"name": value})
        return found

    def _email(self, row):
        value = importer.text(row, "email")
        if value:
            try:
                validate_email(value)
            except ValidationError:
                raise RowError(_("อีเมลไม่ถูกต้อง: %(value)r") % {"value": value}) from None
        return value

    def _websites(self, row):
        urls = importer.text(row, "websites").replace(",", " ").split()
        check = URLValidator(schemes=["http", "https"])
        for url in urls:
            try:
                check(url)
            except ValidationError:
                raise RowError(_("ที่อยู่เว็บไซต์ไม่ถูกต้อง: %(url)r") % {"url": url}) from None
        return urls

    def check(self, parsed):
        problems = importer.duplicates(parsed, lambda a: a.code, _("รหัสหน่วยงาน"))
        codes = self.known_codes | {a.code for _line, a in parsed}
        for line, agency in parsed:
            if agency.parent_code and agency.parent_code not in codes:
                problems.append(Problem(line, _("ไม่พบหน่วยงานต้นสังกัดรหัส %(code)r")
                                        % {"code": agency.parent_code}))
            if agency.parent_code == agency.code:
                problems.append(Problem(line, _("หน่วยงานเป็นต้นสังกัดของตัวเองไม่ได้")))
        return problems

    def apply(self, parsed) -> Result:
        result = Result()
        by_code = importer.by_key(Agency.objects, "code", [item.code for _line, item in parsed])
        # New agencies first, so that a child may come before its parent in the file.
        for _line, item in parsed:
            if item.code not in by_code:
                by_code[item.code] = Agency.objects.create(code=item.code, **self._values(item))
                result.created += 1
                by_code[item.code].created_now = True
        parents = importer.by_key(Agency.objects, "code", self._parent_codes(parsed))
        ids = {code: parent.id for code, parent in parents.items()}
        for _line, item in parsed:
            agency = by_code[item.code]
            values = dict(self._values(item), parent_id=ids.get(item.parent_code))
            changed = importer.update_fields(agency, values)
            if changed:
                agency.save()
            changed = self._set_websites(agency, item.websites) or changed
            if not getattr(agency, "created_now", False):
                result.updated += changed
                result.unchanged += not changed
        return result

    @staticmethod
    def _values(item):
        return dict(item.values, province=item.province, district=item.district)

    @staticmethod
    def _parent_codes(parsed):
        return {item.parent_code for _line, item in parsed if item.parent_code}

    @staticmethod
    def _set_websites(agency, urls) -> bool:
        current = list(agency.websites.values_list("url", flat=True))
        if current == urls:
            return False
        agency.websites.exclude(url__in=urls).delete()
        for url in urls:
            Website.objects.get_or_create(agency=agency, url=url)
        return True


def export_rows(queryset):
    queryset = queryset.select_related("parent", "province", "district").prefetch_related(
        "websites"
    )
    for a in queryset.thai_order():
        yield [
            a.code, a.name_th, a.name_en, a.short_name, a.type,
            a.parent.code if a.parent else "", a.province.code if a.province else "",
            a.district.code if a.district else "", a.contact_name, a.phone, a.email,
            a.email_domain, " ".join(w.url for w in a.websites.all()),
            "1" if a.is_sample else "0",
        ]  # fmt: skip
