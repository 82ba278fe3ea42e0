"""The catalog as a spreadsheet: one row per dataset, GD Catalog field names as columns."""

from pcio.agencies.models import Agency
from pcio.catalog import schema, services
from pcio.catalog.models import Dataset
from pcio.catalog.validation import as_list, validate
from pcio.lib import importer, permissions
from pcio.lib.importer import Problem, Result, Row, RowError

EXTRA_COLUMNS = ["groups", "private"]


def columns() -> list:
    return [name for name in schema.fields()] + EXTRA_COLUMNS


class CatalogImporter(importer.RowImporter):
    required = tuple(schema.mandatory())

    def __init__(self, user):
        self.user = user
        self.agencies = {a.code.lower(): a for a in Agency.objects.all()}
        self.optional = tuple(c for c in columns() if c not in self.required)

    def parse(self, row: Row) -> dict:
        data = {}
        for name in columns():
            value = importer.text(row, name)
            if value:
                data[name] = value
        if "private" in data:
            data["private"] = importer.boolean(row, "private")
        for name, spec in schema.fields().items():
            if spec["kind"] in ("multiselect", "tags") and name in data:
                data[name] = as_list(data[name])
        self._check_agency(data)
        errors = validate(services.normalize(data))
        if errors:
            raise RowError("; ".join(f"{schema.label(k)}: {' '.join(v)}"
                                     for k, v in errors.items()))
        return data

    def _check_agency(self, data):
        agency = self.agencies.get(str(data.get("owner_org", "")).lower())
        if agency is None:
            raise RowError(f"ไม่พบหน่วยงานรหัส {data.get('owner_org')!r}")
        if not permissions.can_create_for(self.user, agency.pk):
            raise RowError(f"ไม่มีสิทธิ์นำเข้าชุดข้อมูลของหน่วยงาน {agency.code}")
        existing = Dataset.objects.filter(name=data.get("name")).first()
        if existing and not permissions.can_edit(self.user, existing):
            raise RowError(f"ชื่อ {data['name']} เป็นชุดข้อมูลของหน่วยงานอื่น")

    def check(self, parsed):
        return importer.duplicates(parsed, lambda d: d["name"], "ชื่อย่อชุดข้อมูล")

    def apply(self, parsed) -> Result:
        result = Result()
        existing = importer.by_key(Dataset.objects, "name", [d["name"] for _, d in parsed])
        for line, data in parsed:
            dataset = existing.get(data["name"])
            try:
                services.save_dataset(data, dataset)
            except services.Invalid as exc:
                # Raised inside the import's transaction: nothing of the file is kept.
                raise importer.ImportFailed([Problem(line, str(exc))]) from None
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
