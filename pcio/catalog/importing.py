"""The catalog as a spreadsheet: one row per dataset, a GD Catalog field per column, headed
by its name (the export) or its Thai or English label (the template, pcio.catalog.template)."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pcio.agencies.models import Agency
from pcio.catalog import schema, services
from pcio.catalog.models import Dataset
from pcio.catalog.validation import as_list, validate
from pcio.lib import importer, permissions
from pcio.lib.forms import parse_date
from pcio.lib.importer import Problem, Result, Row, RowError

# The two columns of the spreadsheet that are not GD Catalog fields, described as the schema
# describes its own (schema.json: label, label_en, help, help_en, example).
EXTRA_COLUMNS = {
    "groups": {"label": "กลุ่มชุดข้อมูล", "label_en": "Groups",
               "help": "กลุ่มชุดข้อมูลของบัญชีข้อมูลจังหวัด คั่นแต่ละกลุ่มด้วยจุลภาค (,)",
               "help_en": "The province catalog's groups, separated by commas.",
               "example": "เศรษฐกิจ การค้า และการลงทุน"},
    "private": {"label": "เก็บเป็นร่าง ยังไม่เผยแพร่", "label_en": "Private (draft)",
                "help": "ใช่ = เก็บไว้เป็นร่าง ผู้อื่นนอกหน่วยงานยังไม่เห็น ว่างหรือ ไม่ใช่ = เผยแพร่",
                "help_en": "ใช่ keeps the dataset as an unpublished draft; empty or ไม่ใช่ "
                           "publishes it.",
                "example": "ไม่ใช่"},
}


def columns() -> list:
    return [name for name in schema.fields()] + list(EXTRA_COLUMNS)


def spec(name) -> dict:
    return schema.fields().get(name) or EXTRA_COLUMNS[name]


def label(name, language="th") -> str:
    english = spec(name).get("label_en")
    return english if language == "en" and english else spec(name)["label"]


def _language() -> str:
    """The language messages are read in: the page's, or the job's it became."""
    return "en" if (get_language() or "").startswith("en") else "th"


class CatalogImporter(importer.RowImporter):
    required = tuple(schema.mandatory())

    def __init__(self, user):
        self.user = user
        self.agencies = {a.code.lower(): a for a in Agency.objects.all()}
        self.groups = {g["title"]: g["name"] for g in schema.groups()}
        self.optional = tuple(c for c in columns() if c not in self.required)
        # A file may be headed in Thai (the template), in English or with the field names;
        # messages name a column by its label in the page's language.
        self.labels = {name: label(name, _language()) for name in columns()}
        self.aliases = {label(name, lang): name for name in columns() for lang in ("th", "en")}

    def parse(self, row: Row) -> dict:
        """Every problem of the row, each once and named by its column's Thai label."""
        problems = []
        data = self._read(row, problems)
        problems += self._agency_problems(data)
        errors = validate(services.normalize(data))
        problems += [_naming(name, message) for name, messages in errors.items()
                     for message in messages]
        if problems:
            raise RowError(*problems)
        return data

    def _read(self, row, problems) -> dict:
        data = {}
        for name in columns():
            value = importer.text(row, name)
            if not value:
                continue
            try:
                data[name] = self._value(row, name, value)
            except RowError as exc:
                problems.append(str(exc))
        return data

    def _value(self, row, name, value):
        kind = spec(name).get("kind")
        if name == "private":
            return importer.boolean(row, name)
        if name == "groups":
            return [self.groups.get(g, g) for g in as_list(value)]
        if kind == "date":
            return _date(row.values.get(name), value, name)
        if kind in ("multiselect", "tags"):
            return [_choice(name, v) for v in as_list(value)]
        return _choice(name, value)

    def _agency_problems(self, data) -> list:
        if not data.get("owner_org"):
            return []  # validation names the missing agency
        agency = self.agencies.get(str(data["owner_org"]).lower())
        if agency is None:
            return [_("%(label)s: ไม่พบหน่วยงานรหัส %(code)r")
                    % {"label": self.labels["owner_org"], "code": data["owner_org"]}]
        if not permissions.can_create_for(self.user, agency.pk):
            return [_("ไม่มีสิทธิ์นำเข้าชุดข้อมูลของหน่วยงาน %(code)s") % {"code": agency.code}]
        existing = Dataset.objects.filter(name=data.get("name")).first()
        if existing and not permissions.can_edit(self.user, existing):
            return [_("ชื่อ %(name)s เป็นชุดข้อมูลของหน่วยงานอื่น") % {"name": data["name"]}]
        return []

    def check(self, parsed):
        return importer.duplicates(parsed, lambda d: d.get("name"), self.labels["name"])

    def apply(self, parsed) -> Result:
        result = Result()
        existing = importer.by_key(Dataset.objects, "name", [d["name"] for _, d in parsed])
        for line, data in parsed:
            dataset = existing.get(data["name"])
            try:
                services.save_dataset(data, dataset)
            except services.Invalid as exc:
                # Raised inside the import's transaction: nothing of the file is kept.
                raise importer.ImportFailed([_problem(line, exc.errors)]) from None
            if dataset:
                result.updated += 1
            else:
                result.created += 1
        return result


def export_rows(datasets):
    for dataset in datasets:
        data = dataset.metadata()
        data["groups"] = ", ".join(g.name for g in dataset.groups.all())
        data["private"] = "1" if dataset.private else "0"
        yield [_cell(data.get(name, "")) for name in columns()]


def _cell(value):
    return ", ".join(map(str, value)) if isinstance(value, list) else value


def _problem(line, errors) -> Problem:
    return Problem(line, str(RowError(*(_naming(name, message) for name, found in errors.items()
                                        for message in found))))


def _naming(name, message) -> str:
    """A validation message names its field by label already, or is about it ("ไม่มีตัวเลือก")."""
    named = label(name, _language())
    return message if named in message else f"{named}: {message}"


def _choice(name, value):
    """The stored value of a choice written as its label (ยินยอม for "True")."""
    labels = {text: key for key, text in spec(name).get("choice_labels", {}).items()}
    return labels.get(value, value)


def _date(raw, value, name):
    """A date cell, or B.E. text as people write it (31/01/2568), or ISO."""
    if isinstance(raw, date):
        return raw.isoformat()[:10]
    try:
        return parse_date(value).isoformat()
    except ValidationError:
        raise RowError(_("%(label)s %(value)r ไม่ใช่วันที่ (เช่น 31/01/2568)")
                       % {"label": label(name, _language()), "value": value}) from None
