import io
import re
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency, Province
from pcio.front import imports, installation
from pcio.lib import export, permissions
from pcio.lib.importer import ImportFailed
from pcio.lib.jobs import JobFailed
from pcio.readiness import cycle, importing, results, tables, tasks
from pcio.readiness.forms import (
    AnswerForm,
    AssignForm,
    BoardFilterForm,
    EvidenceForm,
    ReviewForm,
    UploadForm,
    WhatIfForm,
)
from pcio.readiness.models import Assignment, Event, Evidence, Score, Status, SurveyYear

NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ResultAccess:
    """What permissions.can_read needs to decide on a unit's result for a year."""

    def __init__(self, unit, survey_year):
        self.unit, self.survey_year = unit, survey_year

    def owner_agency_id(self):
        return self.unit.owner_agency_id()

    def is_published(self):
        return self.survey_year.results_published


def _result(request, kind, code, year):
    unit = results.unit_by_kind(kind, code)
    if unit is None:
        raise Http404("ไม่พบจังหวัดหรือหน่วยงาน")
    result, table_list = tables.all_tables(unit, year)
    if result is None:
        raise Http404("ยังไม่มีปีการสำรวจนี้")
    if not permissions.can_read(request.user, ResultAccess(unit, result["year"])):
        raise PermissionDenied(_("ผลปีนี้ยังไม่เผยแพร่"))
    return unit, result, table_list


def index(request):
    years = SurveyYear.objects.prefetch_related("pillars")
    province = Province.objects.filter(code=installation.province_code()).first()
    with_scores = set(Score.objects.filter(province=province).order_by()
                      .values_list("year__year", flat=True)
                      .distinct()) if province else set()
    visible = [y for y in years if y.results_published or
               permissions.role_of(request.user) in (permissions.ADMIN, permissions.COMMITTEE)]
    return render(request, "readiness/index.html", {
        "years": years, "province": province, "result_years": sorted(
            (y for y in visible if y.year in with_scores), key=lambda y: -y.year),
        "role": permissions.role_of(request.user)})


@login_required
def import_scores(request):
    """Pillar scores for many provinces or agencies at once (e.g. DGA's 76-province table)."""
    permissions.require_secretariat(request)
    form, problems, outcome = UploadForm(request.POST or None, request.FILES or None), [], None
    if request.method == "POST" and form.is_valid():
        problems, outcome = _import(request, form.cleaned_data["file"], score_importer)
        if isinstance(outcome, imports.ImportJob):
            return redirect(outcome)
    return render(request, "readiness/import_scores.html", {
        "form": form, "problems": problems, "outcome": outcome,
        "columns": importing.SCORE_COLUMNS}, status=400 if problems else 200)


def unit_page(request, kind, code, year):
    unit, result, table_list = _result(request, kind, code, year)
    top = Province.objects.filter(pk=result["top_province_id"]).first() \
        if result["top_province_id"] else None
    context = {"unit": unit, "result": result, "tables": table_list,
               "chart": tables.radar_svg(result, top and top.name_th), "top_province": top,
               "year_list": _unit_years(unit)}
    return render(request, "readiness/unit.html", context)


def _unit_years(unit):
    return list(Score.objects.filter(**unit.lookup()).order_by("year__year")
                .values_list("year__year", flat=True).distinct())


def unit_chart(request, kind, code, year):
    unit, result, _tables = _result(request, kind, code, year)
    response = HttpResponse(tables.radar_svg(result), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="readiness-{code}-{year}.svg"'
    return response


def unit_export(request, kind, code, year):
    unit, result, table_list = _result(request, kind, code, year)
    response = HttpResponse(_workbook(table_list), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="readiness-{code}-{year}.xlsx"'
    return response


def _workbook(table_list):
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for number, table in enumerate(table_list, start=1):
        sheet = book.create_sheet(str(number))
        sheet.append([table["title"]])
        sheet.append(table["columns"])
        for row in table["rows"]:
            sheet.append([_cell(v) for v in row])
        sheet.append([table["note"]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value):
    """Figures as numbers, so the sheet can be charted; text safe from formula injection."""
    if isinstance(value, str) and NUMBER.match(value):
        return float(value)
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        return "'" + value
    return value


def what_if(request, kind, code, year):
    unit, result, _tables = _result(request, kind, code, year)
    form = WhatIfForm(request.GET or None)
    outcome = None
    if result["has_scores"] and form.is_valid():
        outcome = results.what_if(result, form.cleaned_data["pillar"], form.cleaned_data["delta"])
    elif result["has_scores"] and not request.GET:
        # First visit: start from the weakest pillar, the usual question at the meeting.
        weakest = min((r for r in result["pillars"]), key=lambda r: r["score"] or 0)
        outcome = results.what_if(result, weakest["pillar"], 10)
        form = WhatIfForm(initial={"pillar": weakest["pillar"], "delta": 10})
    return render(request, "readiness/whatif.html",
                  {"unit": unit, "result": result, "form": form, "outcome": outcome})


# ---- question bank -----------------------------------------------------------------------


@login_required
def questions(request, year):
    survey_year = get_object_or_404(SurveyYear, year=year)
    form, problems, outcome = UploadForm(request.POST or None, request.FILES or None), [], None
    if request.method == "POST":
        permissions.require_secretariat(request)
        if form.is_valid():
            problems, outcome = _import(request, form.cleaned_data["file"],
                                        question_importer, year)
            if isinstance(outcome, imports.ImportJob):
                return redirect(outcome)
    items = survey_year.questions.select_related("assignment__agency")
    return render(request, "readiness/questions.html", {
        "survey_year": survey_year, "questions": items, "form": form, "problems": problems,
        "outcome": outcome, "columns": importing.QUESTION_COLUMNS,
    }, status=400 if problems else 200)


def _import(request, upload, factory, *args):
    """(problems, Result), or ([], the ImportJob) for a file big enough to import in the
    background."""
    try:
        return [], imports.submit(request, upload, factory, *args)
    except ImportFailed as exc:
        return exc.problems, None


def score_importer(user):
    return importing.ScoreImporter()


def question_importer(user, year):
    return importing.QuestionImporter(SurveyYear.objects.get(year=year))


def assignment_importer(user, year):
    return importing.AssignmentImporter(SurveyYear.objects.get(year=year), user)


@login_required
def questions_export(request, year):
    survey_year = get_object_or_404(SurveyYear, year=year)
    body, ctype = export.render("xlsx", importing.QUESTION_COLUMNS,
                                importing.question_rows(survey_year), f"questions {year}")
    response = HttpResponse(body, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="readiness-questions-{year}.xlsx"'
    return response


# ---- assignment board and to-do list -----------------------------------------------------


def _require_board(request):
    if permissions.role_of(request.user) not in (permissions.ADMIN, permissions.COMMITTEE):
        raise PermissionDenied(_("เฉพาะฝ่ายเลขานุการและกรรมการ"))


@login_required
def board(request, year):
    if permissions.role_of(request.user) == permissions.OFFICER:
        return redirect("readiness_todo")
    _require_board(request)
    survey_year = get_object_or_404(SurveyYear, year=year)
    filters = BoardFilterForm(request.GET or None)
    queryset = filters.filter(Assignment.objects.filter(question__year=survey_year)
                              .select_related("question", "agency"))
    page = Paginator(queryset, settings.PCIO_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "readiness/board.html", {
        "survey_year": survey_year, "progress": cycle.progress(survey_year),
        "estimates": sorted(cycle.estimated_scores(survey_year).items()),
        "filters": filters, "page": page,
        "assign_form": AssignForm(survey_year=survey_year, initial={"due": survey_year.closes}),
        "statuses": Status.choices, "pillar_numbers": range(1, 8),
        "agency_codes": Agency.objects.values_list("code", "name_th") if
        permissions.is_secretariat(request.user) else [],
        "columns": importing.ASSIGNMENT_COLUMNS})


@login_required
@require_POST
def assign(request, year):
    permissions.require_secretariat(request)
    survey_year = get_object_or_404(SurveyYear, year=year)
    form = AssignForm(request.POST, survey_year=survey_year)
    if form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            for question in data["questions"]:
                importing.assign(question, data["agency"], data["supporting"], data["due"],
                                 request.user)
        codes = ", ".join(q.code for q in data["questions"])
        messages.success(request, _("มอบหมายข้อ %(c)s แล้ว") % {"c": codes})
    else:
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    return redirect("readiness_board", year=year)


@login_required
def assign_import(request, year):
    permissions.require_secretariat(request)
    survey_year = get_object_or_404(SurveyYear, year=year)
    form, problems, outcome = UploadForm(request.POST or None, request.FILES or None), [], None
    if request.method == "POST" and form.is_valid():
        problems, outcome = _import(request, form.cleaned_data["file"], assignment_importer,
                                    year)
        if isinstance(outcome, imports.ImportJob):
            return redirect(outcome)
    return render(request, "readiness/assign_import.html", {
        "survey_year": survey_year, "form": form, "problems": problems, "outcome": outcome,
        "columns": importing.ASSIGNMENT_COLUMNS}, status=400 if problems else 200)


@login_required
@require_POST
def remind(request, year):
    permissions.require_secretariat(request)
    try:
        sent = tasks.send_reminders()
    except JobFailed as exc:  # some could not be sent: say which, not "sent"
        messages.error(request, str(exc))
    else:
        messages.success(request, _("ส่งการแจ้งเตือน %(n)s หน่วยงาน") % {"n": sent})
    return redirect("readiness_board", year=year)


@login_required
def todo(request):
    agency_id = permissions.agency_of(request.user)
    if agency_id is None:
        latest = SurveyYear.objects.order_by("-year").first()
        return redirect("readiness_board", year=latest.year) if latest else redirect("readiness")
    agency = get_object_or_404(Agency, pk=agency_id)
    mine = Assignment.objects.filter(agency=agency).select_related("question__year")
    helping = Assignment.objects.filter(supporting=agency).select_related("question__year",
                                                                          "agency")
    return render(request, "readiness/todo.html", {
        "agency": agency, "open": [a for a in mine if a.is_open()],
        "done": [a for a in mine if not a.is_open()], "helping": helping})


# ---- one assignment: answer, evidence, review --------------------------------------------


def _assignment(request, pk):
    queryset = Assignment.objects.select_related("question__year", "agency").prefetch_related(
        "supporting", "evidence",
        Prefetch("events", queryset=Event.objects.select_related("actor")))
    assignment = get_object_or_404(queryset, pk=pk)
    if not cycle.can_view(request.user, assignment):
        raise PermissionDenied(_("ไม่มีสิทธิ์ดูข้อนี้"))
    return assignment


@login_required
def assignment_page(request, pk):
    assignment = _assignment(request, pk)
    initial = {"answer": assignment.answer_list() if assignment.question.kind == "multiple"
               else assignment.answer}
    return render(request, "readiness/assignment.html", {
        "a": assignment, "question": assignment.question,
        "answer_form": AnswerForm(initial=initial, question=assignment.question),
        "evidence_form": EvidenceForm(), "review_form": ReviewForm(),
        "can_answer": cycle.can_answer(request.user, assignment),
        "can_review": cycle.can_review(request.user, assignment)})


@login_required
@require_POST
def assignment_act(request, pk, action):
    assignment = _assignment(request, pk)
    try:
        _act(request, assignment, action)
    except cycle.CycleError as exc:
        messages.error(request, str(exc))
    return redirect(assignment)


def _act(request, assignment, action):
    user = request.user
    if action in ("save", "submit"):
        form = AnswerForm(request.POST, question=assignment.question)
        if not form.is_valid():
            raise cycle.CycleError(" ".join(e for errs in form.errors.values() for e in errs))
        raw = form.cleaned_data["answer"]
        cycle.save_answer(assignment, raw if isinstance(raw, list) else str(raw or ""), user)
        if action == "submit":
            cycle.submit(assignment, user)
        messages.success(request, _("ส่งคำตอบแล้ว") if action == "submit" else _("บันทึกแล้ว"))
    elif action == "evidence":
        form = EvidenceForm(request.POST, request.FILES)
        if not form.is_valid():
            raise cycle.CycleError(" ".join(e for errs in form.errors.values() for e in errs))
        data = form.cleaned_data
        cycle.add_evidence(assignment, user, data["file"], data["link"], data["name"])
        messages.success(request, _("แนบหลักฐานแล้ว"))
    elif action in ("accept", "return"):
        comment = request.POST.get("comment", "")
        (cycle.accept if action == "accept" else cycle.send_back)(assignment, user, comment)
        messages.success(request, _("บันทึกผลการตรวจแล้ว"))
    else:
        raise Http404()


@login_required
def evidence_download(request, pk):
    evidence = get_object_or_404(Evidence.objects.select_related("assignment"), pk=pk)
    if not cycle.can_view(request.user, evidence.assignment) or not evidence.file:
        raise Http404()
    # Always a download, never rendered inline: an uploaded HTML or SVG cannot run here.
    filename = f"evidence-{evidence.pk}{Path(evidence.file.name).suffix}"
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=filename,
                        content_type=evidence.content_type or "application/octet-stream")
