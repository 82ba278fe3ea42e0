from datetime import date

from auditlog.models import LogEntry
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Avg, Count, Q
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency
from pcio.catalog import allow_harvest, ckan, schema, search, services, tasks
from pcio.catalog.forms import FACET_FILTERS, DatasetForm, FieldFormSet, ResourceForm
from pcio.catalog.models import Dataset, Group, Resource
from pcio.lib import params, permissions
from pcio.lib.thai import thai_date

FACET_LABELS = {"organization": "หน่วยงาน", "groups": "กลุ่ม", "data_type": "ประเภทข้อมูล",
                "data_category": "หมวดหมู่", "res_format": "รูปแบบไฟล์",
                "license_id": "สัญญาอนุญาต"}


class SearchPage:
    """Enough of Django's Page for front/pager.html, for results paged by the search."""

    def __init__(self, number, count, size):
        self.number, self.count = number, count
        self.paginator = type("P", (), {"num_pages": max((count + size - 1) // size, 1),
                                        "count": count})()

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number < self.paginator.num_pages

    def has_other_pages(self):
        return self.paginator.num_pages > 1

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1


def _datasets():
    return Dataset.objects.select_related("organization").prefetch_related("groups")


def catalog_search(request):
    queryset = Dataset.objects.visible_to(request.user)
    chosen = [(name, value) for name in FACET_FILTERS for value in request.GET.getlist(name)]
    for name, value in chosen:
        queryset = ckan.facet_filter(queryset, name, value)
    size, number = settings.PCIO_PAGE_SIZE, params.page(request.GET)
    q = request.GET.get("q", "").strip()
    found = search.search(queryset.order_by("-modified", "id"), q, rows=size,
                          start=(number - 1) * size, facet_fields=FACET_FILTERS)
    by_id = _datasets().in_bulk(found.ids)
    context = {"q": q, "results": [by_id[i] for i in found.ids], "count": found.count,
               "facets": _facet_view(found.facets, chosen), "chosen": chosen,
               "page": SearchPage(number, found.count, size)}
    return render(request, "catalog/search.html", context)


def _facet_view(facets, chosen):
    names = dict(Agency.objects.filter(code__in=[v for v, _ in facets.get("organization", [])])
                 .values_list("code", "name_th"))
    names.update(Group.objects.values_list("name", "title"))
    names.update({i: lic["title_th"] for i, lic in schema.licenses().items()})
    return [(name, FACET_LABELS[name],
             [(value, names.get(value, value), n, (name, value) in chosen)
              for value, n in facets.get(name, [])[:12]])
            for name in FACET_FILTERS if facets.get(name)]


def dataset_detail(request, name):
    dataset = permissions.get_for_read(
        request, Dataset.objects.active().select_related("organization")
        .prefetch_related("groups", "resources__fields"), name=name)
    metadata = {**dataset.metadata(), "allow_harvest": allow_harvest.of(dataset)}
    rows = [(schema.label(n), _display(n, metadata.get(n)))
            for n in schema.fields_for(dataset.data_type)
            if n not in ("title", "name", "notes", "owner_org")
            and (metadata.get(n) or n not in schema.companions())]
    resources = list(dataset.resources.all())
    context = {"dataset": dataset, "metadata": rows, "quality": services.assess(dataset),
               "resources": resources, "has_links": any(r.is_link() for r in resources),
               "history": LogEntry.objects.get_for_object(dataset).select_related("actor")[:10]}
    return render(request, "catalog/dataset.html", context)


def _display(name, value):
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if name == "license_id":
        return schema.licenses().get(value, {}).get("title_th", value)
    if schema.fields().get(name, {}).get("kind") == "date" and value:
        return _thai_date(value)
    # "True"/"False" and other stored values read as the schema's Thai labels.
    return schema.fields().get(name, {}).get("choice_labels", {}).get(value, value)


def _thai_date(value):
    """A stored ISO date read like every other date on the page (12 พ.ย. 2569)."""
    try:
        return thai_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return value


def _editable_agencies(user):
    if permissions.is_secretariat(user):
        return Agency.objects.thai_order()
    return Agency.objects.filter(pk=permissions.agency_of(user))


def _initial(dataset):
    data = dataset.metadata()
    data.update(groups=[g.name for g in dataset.groups.all()], private=dataset.private)
    return data


def _save_form(request, form, dataset=None):
    try:
        return services.save_dataset(form.metadata(), dataset)
    except services.Invalid as exc:
        for field, errors in exc.errors.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    return None


def _form_page(request, form, dataset):
    context = {"form": form, "dataset": dataset,
               "sections_by_type": schema.schema()["sections_by_data_type"]}
    return render(request, "catalog/form.html", context, status=400 if form.errors else 200)


@login_required
def dataset_new(request):
    agencies = _editable_agencies(request.user)
    if not agencies.exists():
        permissions.require_secretariat(request)
    form = DatasetForm(request.POST or None, agencies=agencies,
                       initial={"data_type": schema.data_types()[0],
                                "owner_org": agencies.first() if agencies.count() == 1 else None})
    if request.method == "POST" and form.is_valid():
        dataset = _save_form(request, form)
        if dataset:
            messages.success(request, _("บันทึกชุดข้อมูลแล้ว"))
            return redirect(dataset)
    return _form_page(request, form, None)


@login_required
def dataset_edit(request, name):
    dataset = permissions.get_for_edit(request, _datasets().active(), name=name)
    form = DatasetForm(request.POST or None, initial=_initial(dataset),
                       agencies=_editable_agencies(request.user) | Agency.objects.filter(
                           pk=dataset.organization_id))
    if request.method == "POST" and form.is_valid():
        if _save_form(request, form, dataset):
            messages.success(request, _("บันทึกชุดข้อมูลแล้ว"))
            return redirect("catalog_dataset", form.cleaned_data["name"])
    return _form_page(request, form, dataset)


@login_required
@require_POST
def dataset_delete(request, name):
    dataset = permissions.get_for_edit(request, Dataset.objects.active(), name=name)
    services.delete_dataset(dataset)
    messages.success(request, _("ลบชุดข้อมูลแล้ว"))
    return redirect("catalog_search")


@login_required
def resource_new(request, name):
    dataset = permissions.get_for_edit(request, _datasets().active(), name=name)
    form = ResourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data, upload = form.cleaned_data, form.cleaned_data.get("upload")
        if upload and upload.size > settings.PCIO_CATALOG_MAX_UPLOAD_BYTES:
            form.add_error("upload", "ไฟล์ใหญ่เกินกำหนด")
        else:
            values = {k: data[k] for k in ("name", "description", "url", "format")}
            resource, notes = services.save_resource(
                dataset, values, (upload.read(), upload.name) if upload else None)
            for note in notes:
                messages.warning(request, note)
            messages.success(request, _("เพิ่มทรัพยากรแล้ว"))
            return redirect(dataset)
    return render(request, "catalog/resource_form.html", {"form": form, "dataset": dataset},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def check_links(request, name):
    dataset = permissions.get_for_edit(request, Dataset.objects.active(), name=name)
    tasks.check_links_batch.delay([dataset.pk])  # eager without a broker: done on return
    messages.success(request, _("สั่งตรวจลิงก์แล้ว"))
    return redirect(dataset)


def _resource(request, name, uid, edit=False):
    resources = Resource.objects.select_related("dataset__organization").filter(
        dataset__state=Dataset.ACTIVE, dataset__name=name)
    get = permissions.get_for_edit if edit else permissions.get_for_read
    resource = get_object_or_404(resources, uid=uid)
    get(request, Dataset.objects.filter(pk=resource.dataset_id), pk=resource.dataset_id)
    return resource


@login_required
@require_POST
def resource_delete(request, name, uid):
    resource = _resource(request, name, uid, edit=True)
    services.delete_resource(resource)
    messages.success(request, _("ลบทรัพยากรแล้ว"))
    return redirect("catalog_dataset", name)


def download(request, name, uid):
    resource = _resource(request, name, uid)
    if not resource.upload:
        return redirect(resource.url)
    return FileResponse(resource.upload.open("rb"), as_attachment=True,
                        filename=resource.upload.name.rsplit("/", 1)[-1],
                        content_type=services.content_type(resource))


@login_required
def dictionary_edit(request, name, uid):
    resource = _resource(request, name, uid, edit=True)
    formset = FieldFormSet(request.POST or None, queryset=resource.fields.all())
    if request.method == "POST" and formset.is_valid():
        formset.save()
        for note in services.hide_if_personal(resource.dataset):
            messages.warning(request, note)
        services.refresh(resource.dataset)
        messages.success(request, _("บันทึกพจนานุกรมข้อมูลแล้ว"))
        return redirect("catalog_dataset", name)
    return render(request, "catalog/dictionary.html",
                  {"formset": formset, "resource": resource, "dataset": resource.dataset},
                  status=400 if formset.errors and request.method == "POST" else 200)


@login_required
def dashboard(request):
    """The data governance council's view: datasets per agency, by category and class,
    average quality, and what is overdue, missing mandatory metadata or has broken links."""
    datasets = Dataset.objects.visible_to(request.user)
    today = timezone.localdate()
    context = {
        "total": datasets.count(),
        "average": datasets.aggregate(a=Avg("quality_score"))["a"] or 0,
        "per_agency": datasets.values("organization__code", "organization__name_th").annotate(
            n=Count("id"), quality=Avg("quality_score"),
            overdue=Count("id", filter=Q(due_date__lt=today)),
            incomplete=Count("id", filter=Q(missing_mandatory__gt=0)),
        ).order_by("-n", "organization__code"),
        "by_category": datasets.values("data_category").annotate(n=Count("id")).order_by("-n"),
        "by_class": datasets.values("data_classification").annotate(n=Count("id"))
        .order_by("-n"),
        "overdue": _datasets().filter(pk__in=datasets.filter(due_date__lt=today).values("pk"))
        .order_by("due_date")[:50],
        "incomplete": _datasets().filter(pk__in=datasets.filter(missing_mandatory__gt=0)
                                         .values("pk"))[:50],
        "broken": _datasets().filter(pk__in=datasets.filter(resources__link_ok=False)
                                     .values("pk"))
        .annotate(broken_links=Count("resources", filter=Q(resources__link_ok=False)))[:50],
        "today": today,
    }
    return render(request, "catalog/dashboard.html", context)
