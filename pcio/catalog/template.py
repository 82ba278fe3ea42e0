"""The catalog import template: a sheet headed by the columns' labels, required ones marked
"*", and a sheet explaining each column (what to write, the values allowed, an example).

A civil servant fills it in Thai; the importer reads the same labels back (or the field
names, or the English labels), so the template is never out of step with the importer.
"""

from dataclasses import dataclass

from pcio.catalog import importing, schema
from pcio.lib import export

REQUIRED_MARK = " *"
SHEETS = {"th": ("ชุดข้อมูล", "คำอธิบายคอลัมน์"), "en": ("Datasets", "Columns")}
EXPLAIN = {
    "th": ["คอลัมน์", "จำเป็น", "คำอธิบาย", "ค่าที่ใช้ได้", "ตัวอย่าง", "ใช้กับประเภทชุดข้อมูล",
           "ชื่อคอลัมน์ในระบบ"],
    "en": ["Column", "Required", "What to write", "Allowed values", "Example",
           "Data types it applies to", "Field name"],
}
WIDTHS = [34, 10, 60, 50, 30, 30, 26]
YES = {"th": "จำเป็น", "en": "Required"}
ALL_TYPES = {"th": "ทุกประเภท", "en": "All"}


@dataclass
class Column:
    name: str
    label: str
    required: bool
    help: str
    allowed: list
    example: str
    data_types: list

    @property
    def header(self):
        return self.label + (REQUIRED_MARK if self.required else "")


def language_of(code) -> str:
    return "en" if str(code or "").startswith("en") else "th"


def columns(language="th") -> list:
    required = set(schema.mandatory())
    return [Column(name, importing.label(name, language), name in required,
                   _help(name, language), allowed(name), importing.spec(name)["example"],
                   importing.spec(name).get("data_types", []))
            for name in importing.columns()]


def _help(name, language):
    spec = importing.spec(name)
    return spec.get("help_en") if language == "en" and spec.get("help_en") else spec["help"]


def allowed(name) -> list:
    """The values a column takes, as they may be written: a choice's label where it has one
    (ยินยอม, not True), the licences' names, the groups' Thai titles."""
    if name == "license_id":
        return list(schema.licenses())
    if name == "groups":
        return [g["title"] for g in schema.groups()]
    if name == "private":
        return ["ใช่", "ไม่ใช่"]
    spec = importing.spec(name)
    labels = spec.get("choice_labels", {})
    return [labels.get(value, value) for value in spec.get("choices", [])]


def workbook(language="th") -> bytes:
    data, explain = SHEETS[language]
    cols = columns(language)
    rows = [[c.label, YES[language] if c.required else "", c.help, "\n".join(c.allowed),
             c.example, ", ".join(c.data_types) or ALL_TYPES[language], c.name] for c in cols]
    widths = {data: [min(max(len(c.header) + 2, 14), 40) for c in cols], explain: WIDTHS}
    return export.to_workbook([(data, [c.header for c in cols], []),
                               (explain, EXPLAIN[language], rows)], widths=widths)


def csv(language="th") -> bytes:
    return export.to_csv([c.header for c in columns(language)], [])
