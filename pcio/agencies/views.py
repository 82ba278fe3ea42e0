from auditlog.models import LogEntry
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pcio.agencies import importing
from pcio.agencies.forms import AgencyFilterForm, AgencyForm, ImportForm
from pcio.agencies.models import Agency
from pcio.front import imports
from pcio.lib import export, permissions
from pcio.lib.importer import ImportFailed


def _agencies():
    return Agency.objects.select_related("district", "province", "parent")


def agency_list(request):
    form = AgencyFilterForm(request.GET or None)
    queryset = form.filter(_agencies()).thai_order()
    page = Paginator(queryset, settings.PCIO_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "agencies/list.html", {"form": form, "page": page})


def agency_detail(request, code):
    agency = permissions.get_for_read(request, _agencies(), code=code)
    context = {
        "agency": agency,
        "websites": agency.websites.all(),
        "children": agency.children.all().thai_order(),
        "history": LogEntry.objects.get_for_object(agency).select_related("actor")[:20],
        "sections": _sections(request, agency),
    }
    return render(request, "agencies/detail.html", context)


def _sections(request, agency):
    """What other apps show on an agency's page (each app config may add a section)."""
    from django.apps import apps

    return [
        {"template": c.agency_section, "context": c.agency_section_context(request, agency)}
        for c in apps.get_app_configs()
        if getattr(c, "agency_section", None)
    ]


@login_required
def agency_edit(request, code):
    agency = permissions.get_for_edit(request, _agencies(), code=code)
    secretariat = permissions.is_secretariat(request.user)
    form = AgencyForm(request.POST or None, instance=agency, secretariat=secretariat)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกแล้ว"))
        return redirect(agency)
    return render(request, "agencies/edit.html", {"form": form, "agency": agency})


@login_required
def agency_new(request):
    permissions.require_secretariat(request)
    form = AgencyForm(request.POST or None, secretariat=True)
    if request.method == "POST" and form.is_valid():
        agency = form.save()
        messages.success(request, _("เพิ่มหน่วยงานแล้ว"))
        return redirect(agency)
    return render(request, "agencies/edit.html", {"form": form, "agency": None})


@login_required
def agency_import(request):
    permissions.require_secretariat(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems, result = [], None
    if request.method == "POST" and form.is_valid():
        try:
            result = imports.submit(request, form.cleaned_data["file"], agency_importer)
        except ImportFailed as exc:
            problems = exc.problems
        if isinstance(result, imports.ImportJob):
            return redirect(result)
    context = {"form": form, "problems": problems, "result": result,
               "columns": importing.COLUMNS}
    return render(request, "agencies/import.html", context, status=400 if problems else 200)


def agency_importer(user):
    return importing.AgencyImporter()


@login_required
@require_POST
def agency_export(request):
    fmt = "xlsx" if request.POST.get("format") == "xlsx" else "csv"
    queryset = AgencyFilterForm(request.POST).filter(Agency.objects.all())
    body, ctype = export.render(fmt, importing.COLUMNS, importing.export_rows(queryset),
                                "agencies")
    response = HttpResponse(body, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="agencies.{fmt}"'
    return response
