"""Documents are records: what the secretariat sends is frozen.

Sending an agenda, circulating or certifying minutes stores the PDF and DOCX as they were sent,
their SHA-256, who and when, and the blocks (with the live tables' rows) they were drawn from.
From then on pcio serves those files; a change is a new version with a reason, and every
version stays in the history.
"""

import hashlib
from dataclasses import asdict

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from pcio.meetings import documents
from pcio.meetings.models import IssuedDocument, Meeting, Stage, Status

# What each act freezes.
DOCS = {Stage.SENT: ("agenda", "pack"), Stage.REVISED: ("agenda", "pack"),
        Stage.CIRCULATED: ("minutes",), Stage.CERTIFIED: ("minutes",)}


def latest(meeting, doc):
    return meeting.issued.filter(doc=doc).order_by("-version").first()


def history(meeting):
    return meeting.issued.select_related("issued_by").order_by("doc", "-version")


@transaction.atomic
def issue(meeting, stage, user=None, reason="", as_of=None, when=None):
    """Freeze the documents this stage sends; returns the new IssuedDocument rows."""
    when = when or timezone.now()
    as_of = as_of or timezone.localdate(when)
    return [_freeze(meeting, doc, stage, user, reason, as_of, when) for doc in DOCS[stage]]


def _freeze(meeting, doc, stage, user, reason, as_of, when):
    blocks = documents.BUILDERS[doc](meeting, as_of=as_of)
    pdf, docx = documents.render(meeting, doc, blocks)
    version = (meeting.issued.filter(doc=doc).aggregate(v=Max("version"))["v"] or 0) + 1
    issued = IssuedDocument(
        meeting=meeting, doc=doc, version=version, stage=stage, reason=reason,
        blocks=[_plain(b) for b in blocks], data_as_of=as_of, issued_at=when, issued_by=user,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(), docx_sha256=hashlib.sha256(docx).hexdigest())
    name = f"{meeting.committee.code}-{meeting.number}-{meeting.year}-{doc}-v{version}"
    issued.pdf.save(f"{name}.pdf", ContentFile(pdf), save=False)
    issued.docx.save(f"{name}.docx", ContentFile(docx), save=False)
    issued.save()
    return issued


def _plain(block):
    data = asdict(block) if hasattr(block, "__dataclass_fields__") else dict(block)
    attachment = data.pop("attachment", None)
    data["attachment"] = getattr(attachment, "pk", attachment)
    return data


def stored(issued, fmt):
    """The frozen file's bytes, checked against the SHA-256 recorded when it was issued."""
    field = issued.pdf if fmt == "pdf" else issued.docx
    with field.open("rb") as handle:
        body = handle.read()
    expected = issued.pdf_sha256 if fmt == "pdf" else issued.docx_sha256
    if hashlib.sha256(body).hexdigest() != expected:
        raise ValueError(f"{field.name}: the stored file no longer matches its SHA-256")
    return body


def send_agenda(meeting, user=None, as_of=None, when=None):
    from pcio.meetings import services

    services.add_follow_up(meeting)
    issued = issue(meeting, Stage.SENT, user, as_of=as_of, when=when)
    if meeting.status == Status.DRAFT:
        meeting.status = Status.SENT
        meeting.save(update_fields=["status"])
    return issued


def revise_agenda(meeting, reason, user=None):
    if not reason.strip():
        raise ValueError("ต้องระบุเหตุผลการออกฉบับแก้ไข")
    return issue(meeting, Stage.REVISED, user, reason=reason.strip())


def circulate_minutes(meeting, user=None, reason="", when=None):
    issued = issue(meeting, Stage.CIRCULATED, user, reason=reason, when=when)
    meeting.minutes_circulated = issued[0].issued_at
    meeting.save(update_fields=["minutes_circulated"])
    return issued


def certify_minutes(meeting, certified_at, user=None, when=None):
    """The minutes as the committee certified them at meeting `certified_at`."""
    reason = f"รับรองในการประชุมครั้งที่ {certified_at.label}"
    return issue(meeting, Stage.CERTIFIED, user, reason=reason, when=when)


def freeze_unfrozen():
    """Freeze every meeting already past draft that has no frozen agenda (data as it is now)."""
    meetings = Meeting.objects.exclude(status=Status.DRAFT).exclude(issued__doc="agenda")
    return sum(len(issue(meeting, Stage.SENT)) for meeting in meetings.distinct())
