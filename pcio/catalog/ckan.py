"""The CKAN Action API (/api/3/action/NAME): what CKAN clients, ckanapi and the national
GD Catalog harvester call. Each action takes (ctx, data) and returns the `result`; errors are
raised as ActionError and become CKAN's envelope and status code in views.action."""

import json
import re

from django.conf import settings
from django.db.models import Count, Q

from pcio.agencies.models import Agency
from pcio.catalog import schema, search, services
from pcio.catalog.models import Dataset, Facet, Group, Resource
from pcio.lib import permissions

CKAN_VERSION = "2.10.4"
FQ_RE = re.compile(r'([+-]?)([\w.]+):(?:"([^"]*)"|(\S+))')
FQ_FIELDS = set(search.FACETS) | {"allow_harvest"}
MAX_ROWS = 1000


class ActionError(Exception):
    status, kind = 400, "Bad Request"

    def __init__(self, message="", **extra):
        super().__init__(message)
        self.message, self.extra = message, extra

    def error(self):
        return {"__type": self.kind, "message": f"{self.kind}: {self.message}", **self.extra}


class NotFound(ActionError):
    status, kind = 404, "Not Found Error"


class NotAuthorized(ActionError):
    status, kind = 403, "Authorization Error"


class ValidationError(ActionError):
    status, kind = 409, "Validation Error"

    def error(self):
        return {"__type": self.kind, **self.extra}


class Context:
    def __init__(self, user, base_url):
        self.user, self.base_url = user, base_url.rstrip("/")

    def absolute(self, path):
        return path if path.startswith("http") else self.base_url + path


def truthy(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _int(data, name, default, high=None):
    try:
        value = int(data.get(name, default))
    except (TypeError, ValueError):
        raise ValidationError(**{name: ["ต้องเป็นตัวเลขจำนวนเต็ม"]}) from None
    if value < 0:
        raise ValidationError(**{name: ["ต้องไม่ติดลบ"]})
    return min(value, high) if high else value


def _datasets():
    return Dataset.objects.select_related("organization").prefetch_related(
        "groups", "resources__fields")


def _get_dataset(ctx, data, key="id"):
    ref = str(data.get(key) or data.get("name") or "").strip()
    if not ref:
        raise ValidationError(**{key: ["กรุณาระบุชื่อหรือรหัสชุดข้อมูล"]})
    lookup = Q(name=ref) | (Q(uid=ref) if _is_uuid(ref) else Q(pk__in=[]))
    dataset = _datasets().filter(lookup).first()
    # Datasets the caller may not read are "not found", so their existence does not leak.
    if dataset is None or not permissions.can_read(ctx.user, dataset) or (
            dataset.state != Dataset.ACTIVE and not permissions.can_edit(ctx.user, dataset)):
        raise NotFound("ไม่พบชุดข้อมูล / Dataset not found")
    return dataset


def _is_uuid(value):
    return bool(re.fullmatch(r"[0-9a-fA-F-]{32,36}", value))


def _require_edit(ctx, obj):
    if not permissions.can_edit(ctx.user, obj):
        raise NotAuthorized("ไม่มีสิทธิ์แก้ไขชุดข้อมูลนี้ / not allowed to edit this dataset")


# ---- representations ----

def organization_dict(agency, count=None):
    data = {"id": agency.code, "name": agency.code.lower(), "title": agency.name_th,
            "display_name": agency.name_th, "description": agency.name_en,
            "type": "organization", "state": "active", "is_organization": True,
            "image_url": "", "created": agency.updated.isoformat(), "approval_status": "approved"}
    if count is not None:
        data["package_count"] = count
    return data


def group_dict(group, count=None):
    data = {"id": str(group.id), "name": group.name, "title": group.title,
            "display_name": group.title, "description": group.description, "type": "group",
            "state": "active", "is_organization": False, "image_url": ""}
    if count is not None:
        data["package_count"] = count
    return data


def resource_dict(ctx, resource, dataset=None):
    dataset = dataset or resource.dataset
    url = resource.download_url() if resource.upload else resource.url
    return {
        "id": str(resource.uid), "package_id": str(dataset.uid), "name": resource.name,
        "description": resource.description, "format": resource.format,
        "url": ctx.absolute(url) if url else "", "url_type": "upload" if resource.upload else None,
        "size": resource.size, "mimetype": None, "position": resource.position,
        "created": resource.created.isoformat(), "last_modified": resource.modified.isoformat(),
        "state": "active", "datastore_active": False,
        "data_dictionary": [
            {"id": f.name, "label_th": f.label_th, "type": f.type, "unit": f.unit,
             "description": f.description, "example": f.example, "personal": f.personal}
            for f in resource.fields.all()],
        "personal_data_found": bool(resource.personal_findings),
    }


def package_dict(ctx, dataset):
    license = schema.licenses().get(dataset.license_id, {})
    data = dataset.metadata()
    resources = [resource_dict(ctx, r, dataset) for r in dataset.resources.all()]
    data.update({
        "id": str(dataset.uid), "type": "dataset", "state": dataset.state,
        "private": dataset.private, "owner_org": dataset.organization.code,
        "organization": organization_dict(dataset.organization),
        "tags": [{"name": t, "display_name": t, "state": "active"} for t in dataset.tags],
        "groups": [group_dict(g) for g in dataset.groups.all()],
        "resources": resources, "num_resources": len(resources),
        "num_tags": len(dataset.tags), "license_title": license.get("title", ""),
        "license_url": license.get("url", ""), "isopen": bool(license.get("open")),
        "metadata_created": dataset.created.isoformat(),
        "metadata_modified": dataset.modified.isoformat(), "extras": [],
        "author": "", "author_email": "", "version": "",
        "quality_score": dataset.quality_score,
        "personal_data_found": dataset.personal_data_found,
    })
    return data


# ---- actions ----

def status_show(ctx, data):
    return {"ckan_version": CKAN_VERSION, "site_url": settings.SITE_ROOT,
            "site_title": f"บัญชีข้อมูล {settings.SITE_NAME}",
            "site_description": "pcio data catalog (GD Catalog compatible)",
            "locale_default": "th", "extensions": ["pcio", "scheming_datasets", "thai_gdc"]}


def package_list(ctx, data):
    limit = _int(data, "limit", 0, MAX_ROWS * 100)
    offset = _int(data, "offset", 0)
    names = Dataset.objects.published().order_by("name").values_list("name", flat=True)
    return list(names[offset:offset + limit] if limit else names[offset:])


def _visible(ctx, include_private):
    queryset = Dataset.objects.visible_to(ctx.user)
    return queryset if include_private else queryset.filter(private=False)


def apply_fq(queryset, fq: str):
    for sign, name, quoted, bare in FQ_RE.findall(fq or ""):
        name = {"organization_name": "organization", "tag": "tags"}.get(name, name)
        if name not in FQ_FIELDS:
            raise ActionError(f"ใช้ fq กับฟิลด์ {name} ไม่ได้ (ใช้ได้: {', '.join(sorted(FQ_FIELDS))})")
        value = quoted if quoted else bare
        queryset = _facet_filter(queryset, name, value, exclude=sign == "-")
    return queryset


def _facet_filter(queryset, name, value, exclude=False):
    if name == "allow_harvest":
        condition = Q(extras__allow_harvest=value)
    elif name == "organization":
        # Through the facet table, not a join: search puts the full-text table first.
        ids = Facet.objects.filter(facet=name, value__iexact=value).values("dataset_id")
        condition = Q(id__in=ids)
    else:
        ids = Facet.objects.filter(facet=name, value=value).values("dataset_id")
        condition = Q(id__in=ids)
    return queryset.exclude(condition) if exclude else queryset.filter(condition)


SORTS = {"metadata_modified": "modified", "metadata_created": "created", "name": "name",
         "title_string": "sort_title", "title": "sort_title"}


def _order(sort):
    """CKAN sort such as 'metadata_modified desc, name asc'; None means by relevance."""
    order = []
    for part in (sort or "").split(","):
        bits = part.split()
        if not bits or bits[0] == "score":
            continue
        if bits[0] not in SORTS:
            raise ActionError(f"ไม่รองรับการเรียงตาม {bits[0]}")
        prefix = "-" if len(bits) > 1 and bits[1].lower() == "desc" else ""
        order.append(prefix + SORTS[bits[0]])
    return order + ["id"] if order else None


def package_search(ctx, data):
    rows = _int(data, "rows", 10, MAX_ROWS)
    start = _int(data, "start", 0)
    queryset = apply_fq(_visible(ctx, truthy(data.get("include_private", False))),
                        data.get("fq", ""))
    q = str(data.get("q") or "").strip()
    q = "" if q in ("*:*", "*") else q
    order = _order(data.get("sort"))
    if not q and not order:
        order = ["-modified", "id"]
    fields = [f for f in _json_list(data.get("facet.field")) if f in search.FACETS]
    found = search.search(queryset.order_by(*(order or ["id"])), q, rows=rows, start=start,
                          order_by=order, facet_fields=fields)
    datasets = _datasets().in_bulk(found.ids)
    return {"count": found.count, "sort": data.get("sort") or "score desc, metadata_modified desc",
            "results": [package_dict(ctx, datasets[i]) for i in found.ids],
            "facets": {k: dict(v) for k, v in found.facets.items()},
            "search_facets": _search_facets(found.facets)}


def _json_list(value):
    if not value:
        return []
    if isinstance(value, list):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return [value]
    return parsed if isinstance(parsed, list) else [str(parsed)]


def _search_facets(facets):
    titles = {}
    if "organization" in facets:
        codes = [v for v, _ in facets["organization"]]
        titles = dict(Agency.objects.filter(code__in=codes).values_list("code", "name_th"))
    return {name: {"title": name, "items": [
        {"name": value.lower() if name == "organization" else value,
         "display_name": titles.get(value, value), "count": n} for value, n in items]}
        for name, items in facets.items()}


def package_show(ctx, data):
    return package_dict(ctx, _get_dataset(ctx, data))


def _signed_in(ctx):
    if not (ctx.user and ctx.user.is_authenticated):
        raise NotAuthorized("ต้องใช้ API token / an API token is required")


def _save(ctx, data, dataset=None, patch=False):
    try:
        return services.save_dataset(data, dataset, patch=patch)
    except services.Invalid as exc:
        raise ValidationError(**exc.errors) from None


def package_create(ctx, data):
    _signed_in(ctx)
    agency = services.find_agency(data.get("owner_org"))
    if agency and not permissions.can_create_for(ctx.user, agency.pk):
        raise NotAuthorized("เพิ่มชุดข้อมูลได้เฉพาะของหน่วยงานตนเอง / own agency only")
    return package_dict(ctx, _datasets().get(pk=_save(ctx, data).pk))


def _change(ctx, data, patch):
    _signed_in(ctx)
    dataset = _get_dataset(ctx, data)
    _require_edit(ctx, dataset)
    agency = services.find_agency(data.get("owner_org"))
    if agency and not permissions.can_create_for(ctx.user, agency.pk):
        raise NotAuthorized("ย้ายชุดข้อมูลไปหน่วยงานอื่นไม่ได้ / cannot move to another agency")
    data = {k: v for k, v in data.items() if k not in ("id", "resources")}
    data.setdefault("name", dataset.name)
    return package_dict(ctx, _datasets().get(pk=_save(ctx, data, dataset, patch).pk))


def package_update(ctx, data):
    return _change(ctx, data, patch=False)


def package_patch(ctx, data):
    return _change(ctx, data, patch=True)


def package_delete(ctx, data):
    _signed_in(ctx)
    dataset = _get_dataset(ctx, data)
    _require_edit(ctx, dataset)
    services.delete_dataset(dataset)
    return None


def _get_resource(ctx, data):
    ref = str(data.get("id") or "")
    resource = (Resource.objects.select_related("dataset__organization")
                .filter(uid=ref).first() if _is_uuid(ref) else None)
    if resource is None or not permissions.can_read(ctx.user, resource.dataset) or \
            resource.dataset.state != Dataset.ACTIVE:
        raise NotFound("ไม่พบทรัพยากร / Resource not found")
    return resource


def _resource_values(data):
    return {k: data[k] for k in ("name", "description", "url", "format") if k in data}


def _upload(data):
    upload = data.get("upload")
    if upload is None or isinstance(upload, str):
        return None
    limit = settings.PCIO_CATALOG_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(upload=[f"ไฟล์ใหญ่เกิน {limit // 1024 // 1024} MB"])
    return upload.read(), upload.name


def resource_create(ctx, data):
    _signed_in(ctx)
    dataset = _get_dataset(ctx, data, key="package_id")
    _require_edit(ctx, dataset)
    upload = _upload(data)
    if upload is None and not data.get("url"):
        raise ValidationError(url=["กรุณาระบุลิงก์ (url) หรือแนบไฟล์ (upload)"])
    resource, _ = services.save_resource(dataset, _resource_values(data), upload)
    return resource_dict(ctx, resource)


def resource_show(ctx, data):
    return resource_dict(ctx, _get_resource(ctx, data))


def resource_update(ctx, data):
    _signed_in(ctx)
    resource = _get_resource(ctx, data)
    _require_edit(ctx, resource.dataset)
    resource, _ = services.save_resource(resource.dataset, _resource_values(data),
                                         _upload(data), resource=resource)
    return resource_dict(ctx, resource)


def resource_delete(ctx, data):
    _signed_in(ctx)
    resource = _get_resource(ctx, data)
    _require_edit(ctx, resource.dataset)
    services.delete_resource(resource)
    return None


def _published_counts(field):
    published = Dataset.objects.published()
    return dict(published.values_list(field).annotate(n=Count("id")).order_by())


def organization_list(ctx, data):
    agencies = Agency.objects.filter(datasets__isnull=False).distinct().order_by("code")
    if not truthy(data.get("all_fields", False)):
        return [a.code.lower() for a in agencies]
    counts = _published_counts("organization__code")
    return [organization_dict(a, counts.get(a.code, 0)) for a in agencies]


def organization_show(ctx, data):
    agency = services.find_agency(data.get("id"))
    if agency is None:
        raise NotFound("ไม่พบหน่วยงาน / Organization not found")
    datasets = _visible(ctx, False).filter(organization=agency)
    result = organization_dict(agency, datasets.count())
    if truthy(data.get("include_datasets", False)):
        result["packages"] = [package_dict(ctx, d) for d in
                              _datasets().filter(pk__in=datasets.values("pk"))[:1000]]
    return result


def group_list(ctx, data):
    groups = Group.objects.order_by("name")
    if not truthy(data.get("all_fields", False)):
        return [g.name for g in groups]
    counts = _published_counts("groups__name")
    return [group_dict(g, counts.get(g.name, 0)) for g in groups]


def group_show(ctx, data):
    ref = str(data.get("id") or "")
    group = Group.objects.filter(Q(name=ref) | (Q(id=ref) if _is_uuid(ref) else Q())).first()
    if group is None:
        raise NotFound("ไม่พบกลุ่ม / Group not found")
    return group_dict(group, _visible(ctx, False).filter(groups=group).count())


def tag_list(ctx, data):
    tags = Facet.objects.filter(facet="tags", dataset__in=Dataset.objects.published())
    if data.get("query"):
        tags = tags.filter(value__icontains=str(data["query"]))
    names = sorted(set(tags.values_list("value", flat=True)))
    if truthy(data.get("all_fields", False)):
        return [{"name": n, "display_name": n, "id": n, "vocabulary_id": None} for n in names]
    return names


def license_list(ctx, data):
    return [{"id": lic["id"], "title": lic["title"], "title_th": lic["title_th"],
             "url": lic["url"], "od_conformance": "approved" if lic["open"] else "not reviewed",
             "status": "active"} for lic in schema.licenses().values()]


def current_package_list_with_resources(ctx, data):
    limit = _int(data, "limit", 100, MAX_ROWS)
    offset = _int(data, "offset", 0)
    ids = Dataset.objects.published().order_by("-modified", "id").values_list("id", flat=True)
    page = list(ids[offset:offset + limit])
    datasets = _datasets().in_bulk(page)
    return [package_dict(ctx, datasets[i]) for i in page]


ACTIONS = {f.__name__: f for f in [
    status_show, package_list, package_search, package_show, package_create, package_update,
    package_patch, package_delete, resource_create, resource_show, resource_update,
    resource_delete, organization_list, organization_show, group_list, group_show, tag_list,
    license_list, current_package_list_with_resources]}
WRITES = {"package_create", "package_update", "package_patch", "package_delete",
          "resource_create", "resource_update", "resource_delete"}
