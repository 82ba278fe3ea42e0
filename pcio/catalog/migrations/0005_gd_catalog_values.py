"""Stored metadata in ckanext-thai_gdc's own field names and choice values, now that
data/schema.json matches the extension's ckan_dataset.json.

Frozen here on purpose (not read from schema.json): a later schema change must not change
what this step did. A value with no counterpart goes to the field's "(อื่นๆ โปรดระบุ)"
companion under อื่นๆ, so nothing the officer wrote is lost; only geographic_data_set, whose
old values name no layer and whose field has no companion, is cleared. Licences take the
extension's license_id values (the licence names themselves, as GD Catalog stores them).
"""

from django.db import migrations

OTHER = "อื่นๆ"
AREA = "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"
RENAMED = {"north_bound_latitude": "north_bound_longitude",
           "south_bound_latitude": "south_bound_longitude"}
# old value -> new value; None: the value moves to <field>_other and the field says อื่นๆ
VALUES = {
    "allow_harvest": {"Yes": "True", "No": "False"},
    "official_statistics": {"ใช่": "True", "ไม่ใช่": "False"},
    "geo_coverage": {"เขตการปกครองส่วนท้องถิ่น": "เทศบาล/อบต.", "กรุงเทพมหานคร": None,
                     "ลุ่มน้ำ": None},
    "data_format": {"DOC": "DOC/DOCX", "GeoTIFF": "GeoTiff", "API": None, "GeoJSON": None,
                    "KML": None},
    "data_language": {"เวียดนาม": None},
    "disaggregate": {"อายุ": "อายุ/กลุ่มอายุ", "อุตสาหกรรม": "อุตสาหกรรม/ประเภทกิจการ",
                     "ภาค": AREA, "จังหวัด": AREA, "อำเภอ": AREA, "ตำบล": AREA, "หมู่บ้าน": AREA},
    "unit_of_multiplier": {"ไม่มี": "หน่วย"},
    "equivalent_scale": {"1:4000": "1:4,000", "1:25000": "1:25,000", "1:50000": "1:50,000",
                         "1:250000": "1:250,000", "1:1000000": None},
}
# old licence id -> (GD Catalog license_id, what license_id_other then says)
LICENSES = {"Open-D": ("Open Data Common", ""), "cc-by": ("Creative Commons Attributions", ""),
            "cc-by-sa": ("Creative Commons Attribution Share-Alike", ""),
            "cc-nc": ("Creative Commons Attribution Non-Commercial", ""),
            "cc-zero": (OTHER, "Creative Commons CCZero (CC0)"),
            "odc-by": (OTHER, "Open Data Commons Attribution License"),
            "other-closed": (OTHER, "อื่น ๆ (ไม่เปิดเผย)"),
            "notspecified": (OTHER, "ไม่ระบุสัญญาอนุญาต")}
CLEARED = {"geographic_data_set": {"ชุดข้อมูลภูมิสารสนเทศพื้นฐาน (FGDS)",
                                   "ชุดข้อมูลภูมิสารสนเทศเฉพาะเรื่อง", OTHER}}
STAT = ["first_year_of_data", "last_year_of_data", "disaggregate", "unit_of_measure",
        "unit_of_multiplier", "calculation_method", "standard", "official_statistics"]
GIS = ["geographic_data_set", "equivalent_scale", "west_bound_longitude", "east_bound_longitude",
       "north_bound_longitude", "south_bound_longitude", "positional_accuracy",
       "reference_period", "data_release_date"]
# Fields the extension does not show for a data type (pcio showed statistics and GIS fields
# for mixed data, and the creation date for every type).
NOT_FOR = {"ข้อมูลหลากหลายประเภท": STAT + GIS, "ข้อมูลสถิติ": ["created_date"],
           "ข้อมูลภูมิสารสนเทศเชิงพื้นที่": ["created_date"]}


def convert(extras: dict, data_type: str) -> dict:
    """One dataset's extras in the extension's names and values."""
    extras = {RENAMED.get(k, k): v for k, v in extras.items()}
    for name in NOT_FOR.get(data_type, []):
        extras.pop(name, None)
    for name, table in VALUES.items():
        if extras.get(name) not in (None, "", []):
            _recode(extras, name, table)
    for name, old in CLEARED.items():
        if extras.get(name) in old:
            del extras[name]
    return extras


def _recode(extras, name, table):
    many = isinstance(extras[name], list)
    kept, moved = [], []
    for value in extras[name] if many else [extras[name]]:
        new = table.get(value, value)
        if new is None:
            new = OTHER
            moved.append(value)
        if new not in kept:
            kept.append(new)
    extras[name] = kept if many else kept[0]
    if moved:
        said = [extras.get(f"{name}_other"), *moved]
        extras[f"{name}_other"] = ", ".join(v for v in said if v)


def relicense(license_id: str, extras: dict) -> tuple:
    """(license_id, extras) with the GD Catalog licence; an unknown id is kept as it is."""
    new, other = LICENSES.get(license_id, (license_id, ""))
    if other and not extras.get("license_id_other"):
        extras = {**extras, "license_id_other": other}
    return new, extras


def forwards(apps, schema_editor):
    Dataset = apps.get_model("catalog", "Dataset")
    fields = ("id", "data_type", "license_id", "extras", "facet_keys")
    for dataset in Dataset.objects.only(*fields).iterator():
        license_id, extras = relicense(dataset.license_id,
                                       convert(dataset.extras or {}, dataset.data_type))
        if (license_id, extras) == (dataset.license_id, dataset.extras):
            continue
        Dataset.objects.filter(pk=dataset.pk).update(license_id=license_id, extras=extras)
        _facets(apps, dataset, license_id, extras)


def _facets(apps, dataset, license_id, extras):
    """The licence and format facets again (services.facet_values: res_format counts the
    declared data_format as well as the files), in the Facet rows and in facet_keys."""
    Facet, Resource = apps.get_model("catalog", "Facet"), apps.get_model("catalog", "Resource")
    formats = {f.upper() for f in Resource.objects.filter(dataset_id=dataset.pk)
               .exclude(format="").values_list("format", flat=True)}
    formats = sorted(formats | {f.upper() for f in extras.get("data_format", [])})
    Facet.objects.filter(dataset_id=dataset.pk, facet="license_id").update(value=license_id)
    Facet.objects.filter(dataset_id=dataset.pk, facet="res_format").delete()
    Facet.objects.bulk_create([Facet(dataset_id=dataset.pk, facet="res_format", value=f)
                               for f in formats])
    lines = [f"license_id\t{license_id}" if line.startswith("license_id\t") else line
             for line in dataset.facet_keys.split("\n")
             if line and not line.startswith("res_format\t")]
    lines += [f"res_format\t{f}" for f in formats]
    Dataset = apps.get_model("catalog", "Dataset")
    Dataset.objects.filter(pk=dataset.pk).update(facet_keys="\n".join(lines))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0004_resource_link_check")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
