from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency, AgencyType, District
from pcio.compliance import charts, importing, province, reminders, tally, tasks
from pcio.compliance.forms import (
    ChannelForm,
    FollowupFilterForm,
    ImportForm,
    LetterForm,
    RecordForm,
    VolumeForm,
)
from pcio.compliance.models import Channel, Letter, Record
from pcio.front import imports
from pcio.lib import export, params, permissions
from pcio.lib.importer import ImportFailed
from pcio.lib.jobs import JobFailed
from pcio.lib.thai import be_year


def overview(request):
    rows = province.rows()
    districts = list(District.objects.in_registry().values_list("id", "name_th"))
    form = FollowupFilterForm(request.GET or None, districts)
    missing = tally.incomplete(form.filter(rows))
    page = Paginator(missing, settings.PCIO_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "tally": tally.announcement_tally(rows, settings.PCIO_COMPLIANCE_LOCAL_ADMINS),
        "total": len(rows), "complete": len(rows) - len(tally.incomplete(rows)),
        "by_district": _by_district(rows, dict(districts)), "by_type": _by_type(rows),
        "workd": tally.workd_totals(rows), "page": page, "followups": _followups(page),
        "charts": _charts(rows), "districts": districts, "types": AgencyType.choices,
        "chosen": form.cleaned_data if form.is_bound and form.is_valid() else {},
    }
    return render(request, "compliance/province.html", context)


def _by_district(rows, names):
    counts = tally.counts_by(rows, lambda r: r.district_id)
    ordered = sorted(counts.items(), key=lambda kv: (kv[0] is None, names.get(kv[0], "")))
    return [(names.get(k, "ไม่ระบุอำเภอ"), v) for k, v in ordered]


def _by_type(rows):
    counts = tally.counts_by(rows, lambda r: r.type)
    return [(label, counts[value]) for value, label in AgencyType.choices if value in counts]


def _followups(page):
    agencies = Agency.objects.in_bulk([row.id for row in page.object_list])
    return [(agencies[row.id], row.facts.missing()) for row in page.object_list]


def _charts(rows):
    volumes = province.monthly_volumes()
    return {
        "items": mark_safe(charts.bars("หน่วยงานที่ยังขาดแต่ละรายการ", tally.item_counts(rows),
                                       total=len(rows))),
        "adoption": mark_safe(charts.columns(
            "หน่วยงานที่ใช้ e-Office สะสม", [(be_year(y), n) for y, n in
                                             tally.cumulative(province.eoffice_starts())])),
        "volumes": mark_safe(charts.columns(
            "หนังสืออิเล็กทรอนิกส์ต่อเดือน",
            [(province.month_label(m), n) for m, n in volumes])),
    }


def _agency(request, code, edit=False):
    get = permissions.get_for_edit if edit else permissions.get_for_read
    return get(request, Agency.objects.select_related("district", "compliance"), code=code)


def agency_checklist(request, code):
    agency = _agency(request, code)
    context = {
        "agency": agency, "record": getattr(agency, "compliance", None),
        "facts": province.facts_for(agency), "channels": agency.channels.all(),
        "volumes": agency.eoffice_volumes.order_by("-month")[:12],
        "webwatch_links": webwatch_links(request, agency),
    }
    return render(request, "compliance/agency.html", context)


def webwatch_links(request, agency):
    """[(url, status page)] of the agency's sites in webwatch, when that app offers the page."""
    sites = getattr(agency, "watched_sites", None)
    try:
        reverse("webwatch_site", args=[1])
    except NoReverseMatch:
        return []
    if sites is None:
        return []
    return [(site.url, reverse("webwatch_site", args=[site.pk])) for site in sites.all()
            if permissions.can_read(request.user, site)]


@login_required
def record_edit(request, code):
    agency = _agency(request, code, edit=True)
    record = getattr(agency, "compliance", None) or Record(agency=agency)
    form = RecordForm(request.POST or None, instance=record,
                      secretariat=permissions.is_secretariat(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกแล้ว"))
        return redirect("compliance_agency", code)
    return render(request, "compliance/edit.html", {"form": form, "agency": agency,
                                                     "heading": _("แก้ไขข้อมูลการปฏิบัติตาม พ.ร.บ.")})


@login_required
def channel_add(request, code):
    agency = _agency(request, code, edit=True)
    return _channel_form(request, agency, Channel(agency=agency))


@login_required
def channel_edit(request, pk):
    channel = permissions.get_for_edit(request, Channel.objects.select_related("agency"), pk=pk)
    return _channel_form(request, channel.agency, channel)


def _channel_form(request, agency, channel):
    form = ChannelForm(request.POST or None, instance=channel)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกช่องทางแล้ว"))
        return redirect("compliance_agency", agency.code)
    return render(request, "compliance/edit.html", {"form": form, "agency": agency,
                                                     "heading": _("ช่องทางอิเล็กทรอนิกส์")})


@login_required
@require_POST
def channel_delete(request, pk):
    channel = permissions.get_for_edit(request, Channel.objects.select_related("agency"), pk=pk)
    channel.delete()
    messages.success(request, _("ลบช่องทางแล้ว"))
    return redirect("compliance_agency", channel.agency.code)


@login_required
def volume_add(request, code):
    agency = _agency(request, code, edit=True)
    form = VolumeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        agency.eoffice_volumes.update_or_create(
            month=form.cleaned_data["month"],
            defaults={"documents": form.cleaned_data["documents"]})
        messages.success(request, _("บันทึกปริมาณหนังสือแล้ว"))
        return redirect("compliance_agency", code)
    return render(request, "compliance/edit.html", {"form": form, "agency": agency,
                                                     "heading": _("ปริมาณหนังสือ e-Office")})


@login_required
@require_POST
def check_now(request, code):
    agency = _agency(request, code, edit=True)
    tasks.check_agency.delay(agency.pk)
    messages.success(request, _("สั่งตรวจช่องทางแล้ว"))
    return redirect("compliance_agency", code)


@login_required
@require_POST
def remind(request, code):
    permissions.require_secretariat(request)
    agency = _agency(request, code)
    if reminders.remind(agency):
        messages.success(request, f"ส่งอีเมลเตือนถึง {agency.email} แล้ว")
    else:
        messages.warning(request, "ไม่ได้ส่ง: ไม่มีรายการที่ขาด ไม่มีอีเมล หรือเพิ่งส่งไปแล้ว")
    return redirect("compliance_agency", code)


@login_required
def reminder_letter(request, code, fmt):
    """The reminder as the governor's letter, for the secretariat to print, sign and send."""
    from pcio.front import letters

    permissions.require_secretariat(request)
    if fmt not in LETTER_TYPES:
        raise Http404
    agency = _agency(request, code)
    letter = reminders.letter(agency, province.missing_for(agency))
    body = letters.pdf(letter) if fmt == "pdf" else letters.docx(letter)
    response = HttpResponse(body, content_type=LETTER_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="reminder-{agency.pk}.{fmt}"'
    return response


LETTER_TYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-"
                "officedocument.wordprocessingml.document"}


@login_required
@require_POST
def remind_everyone(request):
    permissions.require_secretariat(request)
    try:
        sent = tasks.remind_all()
    except JobFailed as exc:  # some could not be sent: say which, not "sent"
        messages.error(request, str(exc))
    else:
        messages.success(request, f"ส่งอีเมลเตือน {sent} หน่วยงาน (หน่วยงานที่เพิ่งได้รับจะไม่ส่งซ้ำ)")
    return redirect("compliance")


def cybersafe(request):
    enrolled = params.choice(request.GET, "enrolled", ("1", "0"))
    agencies = Agency.objects.select_related("compliance", "district").thai_order()
    if enrolled:
        agencies = agencies.filter(compliance__cybersafe_enrolled_on__isnull=enrolled == "0")
    page = Paginator(agencies, settings.PCIO_PAGE_SIZE).get_page(request.GET.get("page"))
    count = Record.objects.filter(cybersafe_enrolled_on__isnull=False).count()
    return render(request, "compliance/cybersafe.html",
                  {"page": page, "enrolled": enrolled, "enrolled_count": count,
                   "letters": Letter.objects.filter(agenda_item="3.5")})


def letters(request):
    return render(request, "compliance/letters.html", {"letters": Letter.objects.all()})


@login_required
def letter_new(request):
    return _letter_form(request, Letter(), _("เพิ่มหนังสือของจังหวัด"))


@login_required
def letter_edit(request, pk):
    return _letter_form(request, get_object_or_404(Letter, pk=pk),
                        _("แก้ไขหนังสือของจังหวัด"))


def _letter_form(request, letter, heading):
    permissions.require_secretariat(request)
    form = LetterForm(request.POST or None, instance=letter)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกหนังสือแล้ว"))
        return redirect("compliance_letters")
    return render(request, "compliance/edit.html", {"form": form, "agency": None,
                                                     "heading": heading})


@login_required
def import_view(request):
    permissions.require_secretariat(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems, result = [], None
    if request.method == "POST" and form.is_valid():
        try:
            result = imports.submit(request, form.cleaned_data["file"], compliance_importer,
                                    form.cleaned_data["kind"])
        except ImportFailed as exc:
            problems = exc.problems
        if isinstance(result, imports.ImportJob):
            return redirect(result)
    context = {"form": form, "problems": problems, "result": result,
               "columns": importing.COLUMNS, "volume_columns": importing.VOLUME_COLUMNS}
    return render(request, "compliance/import.html", context, status=400 if problems else 200)


def compliance_importer(user, kind):
    if kind == "volumes":
        return importing.VolumeImporter()
    return importing.ComplianceImporter()


@login_required
def export_view(request):
    fmt = params.choice(request.GET, "format", ("csv", "xlsx"), "xlsx")
    agencies = Agency.objects.select_related("compliance").prefetch_related("channels")
    body, ctype = export.render(fmt, importing.COLUMNS,
                                importing.export_rows(agencies.thai_order()), "compliance")
    response = HttpResponse(body, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="compliance.{fmt}"'
    return response

