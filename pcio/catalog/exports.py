"""Downloads and uploads of the whole catalog: DCAT-AP 3 (RDF) and XLSX."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pcio.catalog import allow_harvest, dcat, importing, template
from pcio.catalog.forms import ImportForm
from pcio.catalog.models import Dataset
from pcio.front import imports, installation
from pcio.lib import export, permissions
from pcio.lib.importer import ImportFailed


def _base(request):
    return request.build_absolute_uri("/").rstrip("/")


def _rdf_response(graph, fmt, filename):
    if fmt not in dcat.FORMATS and fmt not in ("ttl", "jsonld"):
        raise Http404("ไม่รองรับรูปแบบนี้ (ttl, jsonld, rdf)")
    fmt = {"ttl": "turtle"}.get(fmt, fmt)
    body, content_type, ext = dcat.serialize(graph, fmt)
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.{ext}"'
    return response


def harvestable():
    """Published datasets whose owners allow the national catalog to harvest them."""
    return (Dataset.objects.published().filter(allow_harvest.matching("True"))
            .select_related("organization").prefetch_related("groups", "resources"))


def catalog_dcat(request, fmt):
    graph = dcat.catalog_graph(harvestable(), _base(request), f"บัญชีข้อมูล {settings.SITE_NAME}",
                               installation.council_name())
    return _rdf_response(graph, fmt, "catalog")


def dataset_dcat(request, name, fmt):
    queryset = Dataset.objects.active().select_related("organization").prefetch_related(
        "groups", "resources")
    dataset = permissions.get_for_read(request, queryset, name=name)
    return _rdf_response(dcat.dataset_graph(dataset, _base(request)), fmt, dataset.name)


@login_required
def catalog_export(request):
    datasets = Dataset.objects.visible_to(request.user).select_related(
        "organization").prefetch_related("groups").order_by("organization__code", "name")
    body, content_type = export.render("xlsx", importing.columns(),
                                       importing.export_rows(datasets), "catalog")
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = 'attachment; filename="catalog.xlsx"'
    return response


@login_required
def catalog_import(request):
    if permissions.role_of(request.user) not in (permissions.ADMIN, permissions.OFFICER):
        permissions.require_secretariat(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems, result = [], None
    if request.method == "POST" and form.is_valid():
        try:
            result = imports.submit(request, form.cleaned_data["file"],
                                    importing.CatalogImporter)
        except ImportFailed as exc:
            problems = exc.problems
        if isinstance(result, imports.ImportJob):
            return redirect(result)
    context = {"form": form, "problems": problems, "result": result,
               "columns": template.columns(template.language_of(get_language()))}
    return render(request, "catalog/import.html", context, status=400 if problems else 200)


@login_required
def import_template(request, fmt):
    """The import template, headed in the interface's language (the importer reads both)."""
    language = template.language_of(get_language())
    if fmt == "xlsx":
        body, content_type = template.workbook(language), export.XLSX
    elif fmt == "csv":
        body, content_type = template.csv(language), "text/csv; charset=utf-8"
    else:
        raise Http404(_("ไม่รองรับรูปแบบนี้ (xlsx, csv)"))
    response = HttpResponse(body, content_type=content_type)
    name = "catalog-template" if language == "en" else "แบบฟอร์มนำเข้าบัญชีข้อมูล"
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.{fmt}")
    return response
