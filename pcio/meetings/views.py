import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency
from pcio.lib import permissions
from pcio.meetings import documents, rules, services
from pcio.meetings.forms import (
    ActionForm,
    ActionProgressForm,
    AttachmentForm,
    ItemForm,
    MeetingForm,
    MeetingStatusForm,
    MinutesForm,
    ResolutionForm,
)
from pcio.meetings.models import (
    ActionItem,
    Attachment,
    Attendance,
    Item,
    Meeting,
    Outcome,
    Section,
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
    context = {"meeting": meeting, "sections": _numbered(meeting),
               "can_edit": permissions.is_secretariat(request.user),
               "item_form": ItemForm(), "section_choices": Section.choices}
    return render(request, "meetings/detail.html", context)


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
               "outcomes": Outcome.choices,
               "agencies": Agency.objects.only("pk", "name_th").order_by("sort_name")}
    return render(request, "meetings/run.html", context)


@login_required
@require_POST
def attendance_save(request, pk):
    meeting = permissions.get_for_edit(request, _meetings(), pk=pk)
    for person in meeting.attendance.all():
        person.kind = request.POST.get(f"kind-{person.pk}", person.kind)
        person.reason = request.POST.get(f"reason-{person.pk}", person.reason)[:300]
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
    resolution = services.record_resolution(item, **form.cleaned_data)
    action = ActionForm(request.POST)
    if request.POST.get("title") and action.is_valid():
        action.instance.resolution = resolution
        action.save()
    elif request.POST.get("title"):
        messages.error(request, "บันทึกมติแล้ว แต่มอบหมายงานไม่สำเร็จ: ต้องเลือกหน่วยงานรับผิดชอบ")
    messages.success(request, f"บันทึกมติแล้ว: {item}")
    return redirect(reverse("meeting_run", args=[item.meeting_id]) + f"#item-{item.pk}")


@login_required
def minutes_edit(request, pk):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    versions = meeting.minutes_versions.select_related("author")
    form = MinutesForm(request.POST or None, initial={"text": services.current_minutes(meeting)})
    if request.method == "POST":
        permissions.require_secretariat(request)
        if form.is_valid():
            services.save_minutes(meeting, form.cleaned_data["text"], request.user,
                                  form.cleaned_data["note"])
            messages.success(request, "บันทึกรายงานการประชุมฉบับใหม่แล้ว")
            return redirect("meeting_minutes", meeting.pk)
    return render(request, "meetings/minutes.html",
                  {"meeting": meeting, "form": form, "versions": versions,
                   "can_edit": permissions.is_secretariat(request.user)})


def document(request, pk, doc, fmt):
    meeting = permissions.get_for_read(request, _meetings(), pk=pk)
    if doc not in documents.BUILDERS or fmt not in CONTENT_TYPES:
        raise Http404("ไม่มีเอกสารนี้")
    body = (documents.pdf if fmt == "pdf" else documents.docx)(meeting, doc)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    name = f"{meeting.committee.code}-{meeting.number}-{meeting.year}-{doc}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _actions():
    return ActionItem.objects.select_related("agency", "resolution__item__meeting__committee")


def action_list(request):
    actions = _actions()
    if request.GET.get("status") != "all":
        actions = actions.pending()
    if not request.user.is_authenticated:
        actions = actions.exclude(resolution__item__meeting__status=Status.DRAFT)
    return render(request, "meetings/actions.html",
                  {"actions": actions, "all": request.GET.get("status") == "all"})


@login_required
def action_update(request, pk):
    action = permissions.get_for_edit(request, _actions(), pk=pk)
    form = ActionProgressForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "บันทึกความคืบหน้าแล้ว")
        return redirect("meeting_actions")
    return render(request, "meetings/form.html", {"form": form, "title": action.title})


