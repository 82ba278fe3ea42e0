"""The CKAN Action API (/api/3/action/NAME): what CKAN clients, ckanapi and the national
GD Catalog harvester call. Each action takes (ctx, data) and returns the `result`; errors are
raised as ActionError and become CKAN's envelope and status code in views.action."""

import json
import operator
import re
from datetime import UTC, datetime
from functools import reduce

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Count, Q

from pcio.agencies.models import Agency
from pcio.catalog import allow_harvest, schema, search, services, solr_query
from pcio.catalog.models import Dataset, Facet, Group, Resource
from pcio.lib import params, permissions

CKAN_VERSION = "2.10.4"
MAX_ROWS = 1000
# Fields a client may name in q or fq (alias: the name used here). Facet fields and
# allow_harvest filter like CKAN's Solr fields; title, notes and text go to the Thai
# full-text search; name and id match exactly; the dates take [low TO high] ranges.
QUERY_FIELDS = {
    **{name: name for name in search.FACETS}, "allow_harvest": "allow_harvest",
    "organization_name": "organization", "owner_org": "organization", "tag": "tags",
    "name": "name", "id": "id", "type": "type", "dataset_type": "type",
    "title": "text", "notes": "text", "text": "text",
    "metadata_modified": "modified", "metadata_created": "created",
}


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


class SearchQueryError(ActionError):
    """What CKAN's API view answers for a query it refuses (ckan/views/api.py): 400 with
    "Search Query Error", which ckanapi raises as ckanapi.errors.SearchQueryError."""

    status, kind = 400, "Search Query Error"

    def error(self):
        return {"__type": self.kind, "message": f"Search Query is invalid: {self.message}"}


class Context:
    def __init__(self, user, base_url):
        self.user, self.base_url = user, base_url.rstrip("/")

    def absolute(self, path):
        return path if path.startswith("http") else self.base_url + path


def truthy(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _int(data, name, default, high=None):
    # A bad value raises params.BadParameter: api_views.action answers a Validation Error.
    value = params.integer(data, name, default, low=0)
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
        # The last availability check of a linked file (None: an upload, or not checked yet).
        "link_ok": resource.link_ok, "link_reason": resource.link_reason,
        "link_checked": resource.link_checked_at.isoformat() if resource.link_checked_at else None,
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
        "allow_harvest": allow_harvest.of(dataset),
    })
    return data


# ---- actions ----

def status_show(ctx, data):
    return {"ckan_version": CKAN_VERSION, "site_url": settings.SITE_ROOT,
            "site_title": f"บัญชีข้อมูล {settings.SITE_NAME}",
            "site_description": "pcio data catalog (GD Catalog compatible)",
            "locale_default": "th", "extensions": ["pcio", "scheming_datasets", "thai_gdc"]}


# package_list, package_search and current_package_list_with_resources list datasets whatever
# their allow_harvest, as ckanext-thai_gdc does: the national harvester is the one that asks
# for fq=allow_harvest:True (see allow_harvest.py).
def package_list(ctx, data):
    limit = _int(data, "limit", 0, MAX_ROWS * 100)
    offset = _int(data, "offset", 0)
    names = Dataset.objects.published().order_by("name").values_list("name", flat=True)
    return list(names[offset:offset + limit] if limit else names[offset:])


def _visible(ctx, include_private):
    queryset = Dataset.objects.visible_to(ctx.user)
    return queryset if include_private else queryset.filter(private=False)


def narrow(queryset, data):
    """Apply the field terms of q and fq to the queryset; returns (queryset, free text)."""
    try:
        parsed = [solr_query.parse(data.get(k), QUERY_FIELDS) for k in ("q", "fq")]
    except solr_query.QueryError as exc:
        raise SearchQueryError(str(exc)) from None
    words = [p.text for p in parsed]
    for term in parsed[0].terms + parsed[1].terms:
        if term.field == "text":
            words += _text_of(term)
        else:
            condition = _condition(term)
            queryset = queryset.exclude(condition) if term.negate else queryset.filter(condition)
    return queryset, " ".join(w for w in words if w)


def _text_of(term):
    if term.negate or term.span:
        raise SearchQueryError("ใช้ - หรือช่วงค่ากับ title, notes, text ไม่ได้")
    return list(term.values)


def _condition(term):
    if term.field in ("modified", "created"):
        return _date_span(term)
    if term.span:
        raise SearchQueryError(f"ใช้ช่วงค่า [.. TO ..] กับ {term.field} ไม่ได้")
    return reduce(operator.or_, [_match(term.field, value) for value in term.values])


def _match(name, value):
    if name == "allow_harvest":
        return allow_harvest.matching(value)
    if name in ("name", "id", "type"):
        return _exact(name, value)
    if value == "*":
        return Q(id__in=Facet.objects.filter(facet=name).values("dataset_id"))
    # Through the facet table, not a join: search puts the full-text table first.
    lookup = "value__iexact" if name == "organization" else "value"
    return Q(id__in=Facet.objects.filter(facet=name, **{lookup: value}).values("dataset_id"))


def _exact(name, value):
    if value == "*" or (name == "type" and value == "dataset"):
        return Q()
    if name == "name":
        return Q(name=value)
    return Q(uid=value) if name == "id" and _is_uuid(value) else Q(pk__in=[])


def _date_span(term):
    """metadata_modified:[2025-01-01T00:00:00Z TO *], as the CKAN harvester asks for changes."""
    if not term.span:
        raise SearchQueryError(f"ใช้ metadata_{term.field} ได้เฉพาะแบบช่วง [ต่ำ TO สูง]")
    low, high = (_moment(v) for v in term.span)
    condition = Q(**{f"{term.field}__gte": low}) if low else Q()
    return (condition & Q(**{f"{term.field}__lte": high})) if high else condition


def _moment(value):
    if value in ("*", "NOW"):
        return datetime.now(UTC) if value == "NOW" else None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SearchQueryError(f"อ่านวันเวลา {value} ไม่ได้ (ใช้ ISO 8601)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def facet_filter(queryset, name, value):
    """The datasets whose facet `name` holds `value` (the search page's facet links)."""
    return queryset.filter(_match(name, value))


# id is what the CKAN harvester sorts by to page steadily through a catalog.
SORTS = {"metadata_modified": "modified", "metadata_created": "created", "name": "name",
         "title_string": "sort_title", "title": "sort_title", "id": "uid"}


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
    queryset, q = narrow(_visible(ctx, truthy(data.get("include_private", False))), data)
    sort = params.text(data, "sort")
    order = _order(sort)
    if not q and not order:
        order = ["-modified", "id"]
    fields = [f for f in _json_list(data, "facet.field") if f in search.FACETS]
    found = search.search(queryset.order_by(*(order or ["id"])), q, rows=rows, start=start,
                          order_by=order, facet_fields=fields)
    datasets = _datasets().in_bulk(found.ids)
    return {"count": found.count, "sort": sort or "score desc, metadata_modified desc",
            "results": [package_dict(ctx, datasets[i]) for i in found.ids],
            "facets": {k: dict(v) for k, v in found.facets.items()},
            "search_facets": _search_facets(found.facets)}


def _json_list(data, name):
    """A list of text sent as a JSON list, as its text ('["tags"]') or as one value."""
    value = data.get(name)
    if not isinstance(value, list):
        value = params.text(data, name)
        try:
            value = json.loads(value) if value else []
        except ValueError:
            return [value]
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


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
    values = {k: params.text(data, k) for k in ("name", "description", "url", "format")
              if k in data}
    for name, value in values.items():
        limit = Resource._meta.get_field(name).max_length
        if limit and len(value) > limit:
            raise ValidationError(**{name: [f"ยาวเกิน {limit} ตัวอักษร"]})
    return values


def _upload(data):
    upload = data.get("upload")
    if upload is None or isinstance(upload, str):
        return None
    if not isinstance(upload, UploadedFile):  # a number or object in a JSON body
        raise ValidationError(upload=["แนบไฟล์แบบ multipart/form-data"])
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
