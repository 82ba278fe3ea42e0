"""The survey cycle: answer, attach evidence, submit, send back, accept; progress; reminders.

Every step writes an Event (and auditlog keeps the field changes), so nothing is lost.
"""

import datetime
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from pcio.agencies.models import Agency
from pcio.lib import permissions
from pcio.readiness import scoring
from pcio.readiness.models import Assignment, Event, Evidence, Kind, Status

MAGIC = {
    ".pdf": (b"%PDF",), ".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",), ".docx": (b"PK\x03\x04",), ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",), ".odt": (b"PK\x03\x04",), ".ods": (b"PK\x03\x04",),
}  # fmt: skip


class CycleError(Exception):
    """A step that is not allowed now; the message (Thai) is shown to the user."""


def can_view(user, assignment) -> bool:
    if permissions.can_read(user, assignment):
        return True
    mine = permissions.agency_of(user)
    return mine is not None and any(a.pk == mine for a in assignment.supporting.all())


def can_answer(user, assignment) -> bool:
    return assignment.is_open() and permissions.can_edit(user, assignment)


def can_review(user, assignment) -> bool:
    return assignment.status == Status.SUBMITTED and permissions.is_secretariat(user)


def clean_answer(question, raw) -> str:
    """The answer as stored (one line per chosen option), or CycleError with the reason."""
    values = [str(v).strip() for v in (raw if isinstance(raw, list) else [raw]) if str(v).strip()]
    if question.kind in (Kind.YES_NO, Kind.SINGLE, Kind.MULTIPLE):
        unknown = [v for v in values if v not in question.choice_list()]
        if unknown:
            raise CycleError(_("ไม่มีตัวเลือก %(v)r ในข้อนี้") % {"v": unknown[0]})
        if question.kind != Kind.MULTIPLE and len(values) > 1:
            raise CycleError(_("ข้อนี้เลือกได้คำตอบเดียว"))
    if question.kind == Kind.NUMBER and values:
        try:
            Decimal(values[0].replace(",", ""))
        except InvalidOperation:
            raise CycleError(_("คำตอบต้องเป็นตัวเลข: %(v)r") % {"v": values[0]}) from None
    return "\n".join(values)


def save_answer(assignment, raw, actor):
    if not can_answer(actor, assignment):
        raise CycleError(_("ตอบข้อนี้ไม่ได้ (ไม่ใช่หน่วยงานที่รับผิดชอบ หรือส่งแล้ว)"))
    assignment.answer = clean_answer(assignment.question, raw)
    assignment.status = Status.DRAFT if assignment.status == Status.ASSIGNED \
        else assignment.status
    _step(assignment, actor, Event.Action.SAVED)


def submit(assignment, actor):
    if not can_answer(actor, assignment):
        raise CycleError(_("ส่งข้อนี้ไม่ได้ (ไม่ใช่หน่วยงานที่รับผิดชอบ หรือส่งแล้ว)"))
    if assignment.question.kind == Kind.FILE and not assignment.evidence.exists():
        raise CycleError(_("ข้อนี้ต้องแนบหลักฐานก่อนส่ง"))
    if assignment.question.kind != Kind.FILE and not assignment.answer.strip():
        raise CycleError(_("ยังไม่ได้ตอบข้อนี้"))
    assignment.status = Status.SUBMITTED
    _step(assignment, actor, Event.Action.SUBMITTED)


def send_back(assignment, actor, comment):
    if not can_review(actor, assignment):
        raise CycleError(_("เฉพาะฝ่ายเลขานุการตรวจคำตอบที่ส่งแล้วได้"))
    if not comment.strip():
        raise CycleError(_("กรุณาระบุเหตุผลที่ส่งกลับ"))
    assignment.status, assignment.review_comment = Status.RETURNED, comment.strip()
    _step(assignment, actor, Event.Action.RETURNED, comment.strip())


def accept(assignment, actor, comment=""):
    if not can_review(actor, assignment):
        raise CycleError(_("เฉพาะฝ่ายเลขานุการตรวจคำตอบที่ส่งแล้วได้"))
    assignment.status, assignment.review_comment = Status.ACCEPTED, comment.strip()
    assignment.score_answer()
    _step(assignment, actor, Event.Action.ACCEPTED, comment.strip())


def _step(assignment, actor, action, comment=""):
    with transaction.atomic():
        assignment.save()
        Event.objects.create(assignment=assignment, actor=_user(actor), action=action,
                             comment=comment)


def _user(actor):
    return actor if actor is not None and actor.is_authenticated else None


def check_upload(upload):
    """CycleError unless the file's type is allowed, its size is within the limit and its
    first bytes agree with its name (a renamed program is not a PDF)."""
    suffix = Path(upload.name).suffix.lower()
    allowed = settings.PCIO_READINESS_EVIDENCE_TYPES
    if suffix not in allowed:
        raise CycleError(_("ไม่รับไฟล์ชนิด %(s)s (รับ %(a)s)") % {
            "s": suffix or _("(ไม่มีนามสกุล)"), "a": ", ".join(allowed)})
    limit = settings.PCIO_READINESS_EVIDENCE_MAX_MB * 1024 * 1024
    if upload.size > limit:
        raise CycleError(_("ไฟล์ใหญ่เกิน %(n)s MB") % {
            "n": settings.PCIO_READINESS_EVIDENCE_MAX_MB})
    head = upload.read(4096)
    upload.seek(0)
    if suffix in MAGIC and not head.startswith(MAGIC[suffix]):
        raise CycleError(_("เนื้อไฟล์ไม่ใช่ %(s)s ตามนามสกุล") % {"s": suffix})
    if suffix not in MAGIC and b"\x00" in head:
        raise CycleError(_("ไฟล์ข้อความต้องไม่มีข้อมูลไบนารี"))


def add_evidence(assignment, actor, upload=None, link="", name=""):
    if not can_answer(actor, assignment):
        raise CycleError(_("แนบหลักฐานไม่ได้ (ไม่ใช่หน่วยงานที่รับผิดชอบ หรือส่งแล้ว)"))
    if upload is None and not link:
        raise CycleError(_("เลือกไฟล์หรือใส่ลิงก์หลักฐาน"))
    evidence = Evidence(assignment=assignment, added_by=_user(actor))
    if upload is not None:
        check_upload(upload)
        evidence.name = (name or upload.name)[:200]
        evidence.size, evidence.content_type = upload.size, _content_type(upload.name)
        evidence.file.save(upload.name, upload, save=False)
    else:
        _check_link(link)
        evidence.link, evidence.name = link, (name or link)[:200]
    with transaction.atomic():
        evidence.save()
        Event.objects.create(assignment=assignment, actor=_user(actor),
                             action=Event.Action.EVIDENCE, comment=evidence.name)
    return evidence


def _check_link(link):
    try:
        URLValidator(schemes=["http", "https"])(link)
    except ValidationError:
        raise CycleError(_("ลิงก์ไม่ถูกต้อง: %(v)r") % {"v": link}) from None


def _content_type(filename):
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


COUNTS = ("assigned", "answered", "accepted", "overdue")


def progress(survey_year, today=None, agency_id=None):
    """Counts by agency and by pillar: assigned, answered, accepted, overdue (two queries)."""
    today = today or datetime.date.today()
    queryset = Assignment.objects.filter(question__year=survey_year)
    if agency_id is not None:
        queryset = queryset.filter(agency_id=agency_id)
    rows = queryset.values("agency_id", "question__pillar").annotate(
        assigned=Count("id"),
        answered=Count("id", filter=Q(status__in=Status.answered())),
        accepted=Count("id", filter=Q(status=Status.ACCEPTED)),
        overdue=Count("id", filter=Q(status__in=Status.open(), due__lt=today)),
    ).order_by()
    agencies, pillars = defaultdict(dict), {}
    for row in rows:
        pillar = pillars.setdefault(row["question__pillar"],
                                    {"question__pillar": row["question__pillar"]})
        for name in COUNTS:
            agencies[row["agency_id"]][name] = agencies[row["agency_id"]].get(name, 0) + row[name]
            pillar[name] = pillar.get(name, 0) + row[name]
    names = Agency.objects.filter(pk__in=agencies).values_list("pk", "code", "name_th") \
        .order_by("sort_name", "code")
    return {"agencies": [{"agency__code": code, "agency__name_th": name, **agencies[pk]}
                         for pk, code, name in names],
            "pillars": [pillars[k] for k in sorted(pillars)]}


def estimated_scores(survey_year):
    """Per pillar: an estimate from accepted answers whose points are known (one query)."""
    rows = Assignment.objects.filter(question__year=survey_year, status=Status.ACCEPTED,
                                     possible__gt=0) \
        .values("question__pillar").annotate(earned_sum=Sum("earned"),
                                             possible_sum=Sum("possible"), answers=Count("id"))
    return {r["question__pillar"]: {
        "score": scoring.estimate([(r["earned_sum"], r["possible_sum"])]),
        "answers": r["answers"]} for r in rows.order_by("question__pillar")}


def overdue_by_agency(today=None):
    today = today or datetime.date.today()
    overdue = Assignment.objects.filter(status__in=Status.open(), due__lt=today) \
        .select_related("agency", "question__year").order_by("agency_id", "due")
    grouped = defaultdict(list)
    for assignment in overdue:
        grouped[assignment.agency].append(assignment)
    return grouped
