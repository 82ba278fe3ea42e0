import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency
from pcio.lib import params, permissions
from pcio.meetings import documents, issuing, minutes, rules, services
from pcio.meetings.forms import (
    ActionForm,
    ActionProgressForm,
    AttachmentForm,
    CorrectionForm,
    ItemForm,
    MeetingForm,
    MeetingStatusForm,
    MinutesForm,
    ResolutionForm,
)
from pcio.meetings.listing import readable_actions
from pcio.meetings.models import (
    ActionItem,
    Attachment,
    Attendance,
    Correction,
    IssuedDocument,
    Item,
    Meeting,
    Outcome,
    Section,
    Stage,
    Status,
)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _meetings():
    return Meeting.objects.select_related("committee")


def _items(meeting):
    return (meeting.items.select_related("resolution", "agency")
            .prefetch_related("attachments", "resolution__actions__agency"))


def _numbered(meeting):
    """[(section number, title, [(item, number, [(attachment, n)])])] for the agenda page."""
    items = list(_items(meeting))
    documents_n = rules.number_attachments(items)
    sections = {n: [] for n in rules.SECTION_TITLES}
    for item, number in rules.number_items(items):
        attached = [(a, documents_n[a.pk]) for a in item.attachments.all()]
        sections[item.section].append((item, number, attached))
    return [(n, rules.SECTION_TITLES[n], rows) for n, rows in sections.items()]


def meeting_list(request):
    meetings = _meetings().annotate(item_count=Count("items"))
    if permissions.role_of(request.user) not in (permissions.ADMIN, permissions.COMMITTEE):
        meetings = meetings.exclude(status=Status.DRAFT)
    return render(request, "meetings/list.html", {"meetings": meetings})


@login_required
def meeting_new(request):
    permissions.require_secretariat(request)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        meeting = services.create_meeting(data["committee"], data["number"], data["year"],
                                          data["date"], data["time"], data["venue"])
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "title": "สร้างการประชุม"})


def meeting_detail(request, pk):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    issued = issuing.latest(meeting, "agenda")
    context = {"meeting": meeting, "sections": _numbered(meeting),
               "can_edit": permissions.is_secretariat(request.user),
               "item_form": ItemForm(), "section_choices": Section.choices,
               "issued": issued, "history": _public_drafts_hidden(request.user,
                                                                   issuing.history(meeting)),
               "minutes_readable": minutes_readable(request.user, meeting),
               "attachments": _attachments(meeting),
               "content": issued.blocks if issued else documents.agenda_blocks(meeting)}
    return render(request, "meetings/detail.html", context)


def _attachments(meeting):
    items = list(_items(meeting))
    numbers = rules.number_attachments(items)
    return [(a, numbers[a.pk]) for item in items for a in item.attachments.all()]


@login_required
@require_POST
def agenda_send(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    if issuing.latest(meeting, "agenda"):
        messages.error(request, "ส่งระเบียบวาระแล้ว: การแก้ไขต้องออกเป็นฉบับแก้ไขพร้อมเหตุผล")
    else:
        issuing.send_agenda(meeting, request.user)
        messages.success(request, "ส่งระเบียบวาระแล้ว: เอกสารที่ส่งถูกเก็บไว้ไม่เปลี่ยนแปลง")
    return redirect(meeting)


@login_required
@require_POST
def agenda_revise(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    try:
        issuing.revise_agenda(meeting, request.POST.get("reason", "")[:500], request.user)
        messages.success(request, "ออกระเบียบวาระฉบับแก้ไขแล้ว")
    except ValueError as error:
        messages.error(request, str(error))
    return redirect(meeting)


def issued_download(request, pk, fmt):
    issued = permissions.get_for_read(
        request, IssuedDocument.objects.select_related("meeting__committee"), pk=pk)
    if fmt not in CONTENT_TYPES:
        raise Http404("ไม่มีเอกสารนี้")
    name = (f"{issued.meeting.committee.code}-{issued.meeting.number}-{issued.meeting.year}-"
            f"{issued.doc}-v{issued.version}.{fmt}")
    return _download(issuing.stored(issued, fmt), fmt, name)


def _download(body, fmt, name):
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def meeting_edit(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    form = MeetingStatusForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "title": str(meeting)})


@login_required
def item_new(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    form = ItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.add_item(meeting, data.pop("section"), **data)
        messages.success(request, "เพิ่มเรื่องแล้ว")
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "title": "เพิ่มเรื่อง"})


@login_required
def item_edit(request, pk):
    item = permissions.get_for_edit(request, Item.objects.select_related("meeting"), pk=pk)
    form = ItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(item.meeting)
    return render(request, "meetings/form.html", {"form": form, "title": str(item)})


@login_required
@require_POST
def item_move(request, pk):
    item = permissions.get_for_edit(request, Item.objects.select_related("meeting"), pk=pk)
    services.move(item, -1 if request.POST.get("direction") == "up" else 1)
    return redirect(item.meeting)


@login_required
@require_POST
def item_reorder(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    try:
        order = json.loads(request.body)["sections"]
        services.reorder(meeting, {int(k): [int(i) for i in v] for k, v in order.items()})
    except (ValueError, KeyError, TypeError, AttributeError):
        return JsonResponse({"error": "ลำดับระเบียบวาระไม่ถูกต้อง"}, status=400)
    return JsonResponse({"ok": True})


@login_required
@require_POST
def attachment_add(request, pk):
    item = permissions.get_for_edit(request, Item.objects.select_related("meeting"), pk=pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        attachment = form.save(commit=False)
        attachment.item, attachment.position = item, item.attachments.count() + 1
        attachment.save()
        messages.success(request, "แนบเอกสารแล้ว")
    else:
        messages.error(request, "แนบเอกสารไม่สำเร็จ: ต้องมีชื่อเอกสาร")
    return redirect(item.meeting)


def attachment_download(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("item__meeting"), pk=pk)
    permissions.get_for_read(request, _meetings(), pk=attachment.item.meeting_id)
    if not attachment.file:
        raise Http404("ไม่มีไฟล์")
    return FileResponse(attachment.file.open("rb"), as_attachment=True)


@login_required
def meeting_run(request, pk):
    """Roll call and outcomes, one item at a time (large controls for a tablet)."""
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    services.fill_attendance(meeting)
    context = {"meeting": meeting, "sections": _numbered(meeting),
               "attendance": meeting.attendance.all(), "kinds": Attendance.Kind.choices,
               "outcomes": Outcome.choices, "quorum": meeting.quorum(),
               "has_quorum": meeting.has_quorum(),
               "action_form": ActionForm(auto_id=False),  # one per item: ids would repeat
               "agencies": Agency.objects.only("pk", "name_th").order_by("sort_name")}
    return render(request, "meetings/run.html", context)


@login_required
@require_POST
def attendance_save(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    for person in meeting.attendance.all():
        person.kind = params.choice(request.POST, f"kind-{person.pk}", Attendance.Kind.values,
                                    person.kind)
        person.reason = request.POST.get(f"reason-{person.pk}", person.reason)[:300]
        person.substitute_for = request.POST.get(f"substitute-{person.pk}",
                                                 person.substitute_for)[:200]
        person.online = f"online-{person.pk}" in request.POST
        person.save()
    if request.POST.get("guest_name"):
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.GUEST,
                                  name=request.POST["guest_name"][:200],
                                  position=request.POST.get("guest_position", "")[:300])
    messages.success(request, "บันทึกการเข้าประชุมแล้ว")
    return redirect("meeting_run", meeting.pk)


@login_required
@require_POST
def resolve(request, pk):
    item = permissions.get_for_edit(request, Item.objects.select_related("meeting"), pk=pk)
    form = ResolutionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "กรุณาเลือกมติที่ประชุม")
        return redirect("meeting_run", item.meeting_id)
    services.fill_attendance(item.meeting)
    if not item.meeting.has_quorum():
        messages.error(request, "ยังไม่ครบองค์ประชุม: บันทึกมติไม่ได้ (ตรวจสอบการเข้าประชุม)")
        return redirect("meeting_run", item.meeting_id)
    resolution = services.record_resolution(item, user=request.user, **form.cleaned_data)
    action = ActionForm(request.POST)
    if request.POST.get("title") and action.is_valid():
        action.instance.resolution = resolution
        action.save()
    elif request.POST.get("title"):
        messages.error(request, "บันทึกมติแล้ว แต่มอบหมายงานไม่สำเร็จ: ต้องเลือกหน่วยงานรับผิดชอบ")
    messages.success(request, f"บันทึกมติแล้ว: {item}")
    return redirect(reverse("meeting_run", args=[item.meeting_id]) + f"#item-{item.pk}")


def minutes_view(request, pk):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    if not minutes_readable(request.user, meeting):
        raise PermissionDenied("รายงานการประชุมยังไม่ได้รับรอง")
    secretariat = permissions.is_secretariat(request.user)
    issued = issuing.latest(meeting, "minutes")
    live = secretariat or issued is None
    context = {
        "meeting": meeting, "secretariat": secretariat, "issued": issued,
        "content": documents.minutes_blocks(meeting) if live else issued.blocks,
        "live": live, "missing": minutes.missing(meeting) if secretariat else [],
        "history": _public_drafts_hidden(
            request.user, meeting.issued.filter(doc="minutes").select_related("issued_by")),
        "corrections": _corrections(request.user, meeting),
        "can_correct": _may_correct(request.user, meeting),
        "correction_form": CorrectionForm(meeting=meeting),
        "legacy": meeting.minutes_versions.select_related("author"),
    }
    return render(request, "meetings/minutes.html", context)


def _may_correct(user, meeting):
    role = permissions.role_of(user)
    return (meeting.minutes_circulated is not None and meeting.status != Status.APPROVED
            and role in (permissions.ADMIN, permissions.COMMITTEE))


@login_required
def minutes_edit(request, pk):
    """Times and the signature block: what the run page does not record."""
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    form = MinutesForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "บันทึกรายละเอียดรายงานการประชุมแล้ว")
        return redirect("meeting_minutes", meeting.pk)
    return render(request, "meetings/form.html",
                  {"form": form, "title": f"รายงานการประชุมครั้งที่ {meeting.label}"})


@login_required
@require_POST
def minutes_circulate(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    problems = minutes.missing(meeting)
    if problems:
        messages.error(request, "ยังเวียนร่างไม่ได้: " + "; ".join(problems))
    else:
        issuing.circulate_minutes(meeting, request.user, request.POST.get("reason", "")[:500])
        messages.success(request, "เวียนร่างรายงานการประชุมให้กรรมการแล้ว")
    return redirect("meeting_minutes", meeting.pk)


@login_required
@require_POST
def correction_add(request, pk):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    if not _may_correct(request.user, meeting):
        raise PermissionDenied("เสนอแก้ไขได้เฉพาะกรรมการ ระหว่างเวียนร่างรายงานการประชุม")
    form = CorrectionForm(request.POST, meeting=meeting)
    if form.is_valid():
        form.instance.meeting, form.instance.author = meeting, request.user
        form.save()
        messages.success(request, "ส่งข้อเสนอแก้ไขถึงฝ่ายเลขานุการแล้ว")
    else:
        messages.error(request, "กรุณาพิมพ์ข้อความที่ขอแก้ไข")
    return redirect("meeting_minutes", meeting.pk)


@login_required
@require_POST
def correction_answer(request, pk):
    correction = permissions.get_for_edit(request, Correction.objects.all(), pk=pk)
    if request.POST.get("state") in (Correction.State.ACCEPTED, Correction.State.DECLINED):
        correction.state = request.POST["state"]
        correction.response = request.POST.get("response", "")[:500]
        correction.save()
    return redirect("meeting_minutes", correction.meeting_id)


def document(request, pk, doc, fmt):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    if doc not in documents.BUILDERS or fmt not in CONTENT_TYPES:
        raise Http404("ไม่มีเอกสารนี้")
    if doc == "minutes" and not minutes_readable(request.user, meeting):
        raise PermissionDenied("รายงานการประชุมยังไม่ได้รับรอง")
    body = (documents.pdf if fmt == "pdf" else documents.docx)(meeting, doc)
    return _download(body, fmt, f"{meeting.committee.code}-{meeting.number}-{meeting.year}-"
                                f"{doc}.{fmt}")


def _corrections(user, meeting):
    """Members' proposed corrections stay between the committee and its secretariat, also
    once the certified minutes are public."""
    if permissions.role_of(user) not in (permissions.ADMIN, permissions.COMMITTEE):
        return Correction.objects.none()
    return meeting.corrections.select_related("author", "item")


def _public_drafts_hidden(user, issued):
    """Issued documents this user may download: circulated drafts of the minutes are the
    committee's, so the public is not shown links that would only refuse them."""
    if permissions.role_of(user) in (permissions.ADMIN, permissions.COMMITTEE):
        return issued
    return issued.exclude(Q(doc="minutes") & ~Q(stage=Stage.CERTIFIED))


def minutes_readable(user, meeting):
    """Draft and circulated minutes are the committee's; everyone reads certified minutes."""
    role = permissions.role_of(user)
    return role in (permissions.ADMIN, permissions.COMMITTEE) or (
        meeting.status == Status.APPROVED)


def _actions():
    return ActionItem.objects.select_related("agency", "resolution__item__meeting__committee")


def action_list(request):
    actions = readable_actions(request.user, _actions())
    everything = params.choice(request.GET, "status", ("all", "pending"), "pending") == "all"
    if not everything:
        actions = actions.pending()
    return render(request, "meetings/actions.html", {"actions": actions, "all": everything})


@login_required
def action_update(request, pk):
    action = permissions.get_for_edit(request, _actions(), pk=pk)
    form = ActionProgressForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "บันทึกความคืบหน้าแล้ว")
        return redirect("meeting_actions")
    return render(request, "meetings/form.html", {"form": form, "title": action.title})


