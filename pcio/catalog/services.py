"""Writing datasets and resources: validation, dictionary inference, personal-data scan,
quality, facets and the search index, the same way for the form, the CKAN API, the importer
and the harvester."""

import mimetypes
from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from pcio.agencies.models import Agency
from pcio.catalog import quality, reference, schema, search, tabular
from pcio.catalog.models import Dataset, Facet, Field, Group, Resource
from pcio.catalog.validation import as_list, validate


class Invalid(Exception):
    def __init__(self, errors: dict):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))


def find_agency(value):
    value = str(value or "").strip()
    return Agency.objects.filter(code__iexact=value).first() if value else None


def normalize(data: dict) -> dict:
    """Accept CKAN forms of a few fields (tags as dicts, groups, private as text), and every
    schema field in its one stored form (schema.canonical), so validation and storage see
    the same value whichever way it came."""
    data = dict(data)
    if "tags" in data and "tag_string" not in data:
        data["tag_string"] = _tag_names(data["tags"])
    if isinstance(data.get("owner_org"), dict):
        data["owner_org"] = data["owner_org"].get("name", "")
    for name in schema.fields().keys() & data.keys():
        data[name] = schema.canonical(name, data[name])
    if isinstance(data.get("private"), str):
        data["private"] = data["private"].strip().lower() in ("true", "1", "yes", "on")
    return data


def _tag_names(tags):
    """CKAN's [{"name": ...}]; anything else is left for validation to name."""
    items = tags if isinstance(tags, list) else [tags]
    return [t.get("name", "") if isinstance(t, dict) else t for t in items]


def save_dataset(data: dict, dataset: Dataset | None = None, *, patch=False,
                 harvest_source="") -> Dataset:
    """Create or update from a flat GD Catalog dict. Raises Invalid with Thai messages."""
    data = normalize(data)
    if dataset and patch:
        data = {**normalize(dataset.metadata()), "private": dataset.private, **data}
    data.setdefault("data_type", schema.data_types()[0])
    agency = find_agency(data.get("owner_org"))
    errors = validate(data, personal_data=bool(dataset and _holds_personal(dataset)))
    if data.get("owner_org") and agency is None:
        errors.setdefault("owner_org", []).append(f"ไม่พบหน่วยงานรหัส {data['owner_org']}")
    taken = Dataset.objects.filter(name=data.get("name")).exclude(pk=getattr(dataset, "pk", None))
    if data.get("name") and taken.exists():
        errors.setdefault("name", []).append("ชื่อย่อชุดข้อมูลนี้ถูกใช้แล้ว")
    if errors:
        raise Invalid(errors)
    with transaction.atomic():
        dataset = _write(dataset or Dataset(), data, agency, harvest_source)
        _set_groups(dataset, data)
        refresh(dataset)
    dataset.refresh_from_db()
    return dataset


def _write(dataset, data, agency, harvest_source):
    dataset.name, dataset.title = data["name"], data["title"].strip()
    dataset.organization = agency
    dataset.data_type = data["data_type"]
    dataset.notes = data.get("notes", "")
    dataset.tags = list(dict.fromkeys(data.get("tag_string", [])))
    dataset.data_category = data.get("data_category", "")
    dataset.data_classification = data.get("data_classification") or "ชั้นเผยแพร่ภายในองค์กร"
    dataset.license_id = data.get("license_id", "")
    allowed = set(schema.fields_for(dataset.data_type))
    dataset.extras = {n: data[n] for n in schema.extra_fields()
                      if n in allowed and n in data and data[n] not in ("", None, [])}
    dataset.private = bool(data.get("private", False))
    dataset.state = Dataset.ACTIVE
    dataset.is_sample = bool(data.get("is_sample", dataset.is_sample))
    dataset.harvest_source = harvest_source or dataset.harvest_source
    dataset.modified = timezone.now()
    dataset.save()
    return dataset


def _set_groups(dataset, data):
    if "groups" not in data:
        return
    names = [g["name"] if isinstance(g, dict) else g for g in as_list_of(data["groups"])]
    dataset.groups.set(Group.objects.filter(name__in=names))


def as_list_of(value):
    return value if isinstance(value, list) else as_list(value)


def _holds_personal(dataset) -> bool:
    if any(r.personal_findings for r in dataset.resources.all()):
        return True
    return Field.objects.filter(resource__dataset=dataset).exclude(personal="").exists()


def delete_dataset(dataset):
    dataset.state = Dataset.DELETED
    dataset.modified = timezone.now()
    dataset.save(update_fields=["state", "modified"])
    search.unindex([dataset.id])


def refresh(dataset, today: date | None = None):
    """Recompute what is derived from metadata and resources: quality, personal-data flag,
    facets and the search index."""
    dataset = (Dataset.objects.select_related("organization")
               .prefetch_related("resources__fields", "groups").get(pk=dataset.pk))
    resources = list(dataset.resources.all())
    result = quality.assess(dataset.metadata(), [_resource_facts(r) for r in resources],
                            today or timezone.localdate())
    dataset.quality_score = result.score
    dataset.due_date = result.due_date
    dataset.missing_mandatory = len(result.missing)
    dataset.personal_data_found = _holds_personal(dataset)
    Dataset.objects.filter(pk=dataset.pk).update(
        quality_score=result.score, due_date=result.due_date,
        missing_mandatory=len(result.missing), personal_data_found=dataset.personal_data_found)
    _set_facets(dataset, resources)
    search.index([dataset])
    return result


def _resource_facts(resource):
    return {"format": resource.format, "tabular": resource.quality or None,
            "link_ok": resource.link_ok}


def assess(dataset, today=None):
    resources = [_resource_facts(r) for r in dataset.resources.all()]
    return quality.assess(dataset.metadata(), resources, today or timezone.localdate())


def facet_values(dataset, groups, formats) -> list:
    """(facet, value) pairs of a dataset: what search counts and `fq` filters on."""
    values = [("organization", dataset.organization.code), ("data_type", dataset.data_type),
              ("data_category", dataset.data_category), ("license_id", dataset.license_id),
              ("data_classification", dataset.data_classification)]
    values += [("groups", name) for name in groups]
    values += [("tags", t[:200]) for t in dataset.tags]
    values += [("res_format", f) for f in sorted(formats)]
    return [(k, v.replace("\t", " ").replace("\n", " ")) for k, v in values if v]


def dataset_facets(dataset, resources) -> list:
    """facet_values of a dataset whose groups are loaded, with its resources."""
    formats = {r.format.upper() for r in resources if r.format}
    formats |= {f.upper() for f in dataset.extras.get("data_format", [])}
    return facet_values(dataset, [g.name for g in dataset.groups.all()], formats)


def _set_facets(dataset, resources):
    values = dataset_facets(dataset, resources)
    Facet.objects.filter(dataset=dataset).delete()
    Facet.objects.bulk_create([Facet(dataset=dataset, facet=k, value=v) for k, v in values])
    dataset.facet_keys = search.facet_keys(values)
    Dataset.objects.filter(pk=dataset.pk).update(facet_keys=dataset.facet_keys)


def guess_format(filename: str, declared="") -> str:
    if declared:
        return declared.strip().upper()
    ext = filename.rsplit(".", 1)[-1].upper() if "." in filename else ""
    return {"JPEG": "JPG", "YML": "YAML"}.get(ext, ext)


def save_resource(dataset, values: dict, upload=None, resource=None) -> tuple:
    """Create or change a resource. `upload` is (bytes, filename). Returns (resource, notes):
    notes are Thai messages for the officer, such as a public dataset made private because
    the file holds personal data."""
    resource = resource or Resource(dataset=dataset, position=dataset.resources.count())
    if upload or values.get("url", resource.url) != resource.url:
        resource.forget_link_check()  # the last link check was of another file
    for name in ("name", "description", "url"):
        if name in values:
            setattr(resource, name, values[name] or "")
    filename = upload[1] if upload else resource.url.rsplit("/", 1)[-1]
    resource.format = guess_format(filename, values.get("format", "") or resource.format)
    resource.name = resource.name or filename or "ทรัพยากร"
    notes = []
    with transaction.atomic():
        if upload:
            _store_upload(resource, *upload)
        resource.modified = timezone.now()
        resource.save()
        if upload:
            notes += _read_upload(resource, *upload)
        notes += hide_if_personal(dataset)
        refresh(dataset)
    return resource, notes


def _store_upload(resource, data, filename):
    if resource.upload:
        resource.upload.delete(save=False)
    resource.upload.save(filename, ContentFile(data), save=False)
    resource.size = len(data)
    resource.url = ""
    resource.preview, resource.personal_findings, resource.quality = {}, [], {}


def _read_upload(resource, data, filename) -> list:
    table = tabular.try_read_table(data, filename) if resource.is_tabular() else None
    if table is None:
        return []
    old = {f.name: f for f in resource.fields.all()}
    inferred = tabular.infer_dictionary(table)
    resource.fields.exclude(name__in=[f["name"] for f in inferred]).delete()
    for position, item in enumerate(inferred):
        field = old.get(item["name"]) or Field(resource=resource, name=item["name"])
        field.position, field.type, field.example = position, item["type"], item["example"]
        field.label_th = field.label_th or item["label_th"]
        field.personal = field.personal or item["personal"]
        field.save()
    resource.preview = tabular.preview(table)
    resource.personal_findings = tabular.scan(table)
    resource.quality = tabular.check_quality(table, inferred)
    resource.save(update_fields=["preview", "personal_findings", "quality"])
    if resource.personal_findings:
        kinds = ", ".join(sorted({f["label"] for f in resource.personal_findings}))
        return [f"พบข้อมูลส่วนบุคคลในไฟล์: {kinds}"]
    return []


def hide_if_personal(dataset) -> list:
    dataset.refresh_from_db(fields=["private", "data_category"])
    public = dataset.data_category == schema.rules()["public_category"]
    if public and not dataset.private and _holds_personal(dataset):
        Dataset.objects.filter(pk=dataset.pk).update(private=True)
        return ["ชุดข้อมูลสาธารณะนี้ถูกซ่อน (ไม่เผยแพร่) จนกว่าจะลบข้อมูลส่วนบุคคลออกจากไฟล์ "
                "หรือเปลี่ยนหมวดหมู่/ระดับชั้นข้อมูล"]
    return []


def delete_resource(resource):
    dataset = resource.dataset
    if resource.upload:
        resource.upload.delete(save=False)
    resource.delete()
    refresh(dataset)


def resource_bytes(resource) -> bytes:
    with resource.upload.open("rb") as handle:
        return handle.read()


def content_type(resource) -> str:
    return mimetypes.guess_type(resource.upload.name)[0] or "application/octet-stream"


def ensure_groups():
    """The migration loaded them; a test database a transactional test emptied has not."""
    reference.load_groups()
