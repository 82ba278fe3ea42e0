"""What the secretariat does to a meeting: create it, record the outcome, write the minutes."""

import io
from datetime import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from pcio.lib.thai import thai_date, thai_time
from pcio.meetings import rules
from pcio.meetings.models import (
    ActionItem,
    Attachment,
    Attendance,
    Item,
    Meeting,
    Resolution,
    Section,
    Status,
)

FOLLOW_UP_TITLE = "เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว"


def heading_date(meeting) -> str:
    """วันอังคารที่ 22 เมษายน พ.ศ. 2568 เวลา 13.30 น. (documents print it in the digits of
    PCIO_DOCUMENT_DIGITS, like every other number)."""
    return f"{thai_date(meeting.date, weekday=True, era=True)} เวลา {thai_time(meeting.time)}"


@transaction.atomic
def create_meeting(committee, number, year, date, time, venue, **fields):
    """A new meeting with the standard skeleton: item 2 from the previous meeting's minutes
    and, while any decision is still open, a follow-up item listing the action items."""
    meeting = Meeting.objects.create(committee=committee, number=number, year=year, date=date,
                                     time=time, venue=venue, **fields)
    Item.objects.create(meeting=meeting, section=Section.CHAIR)
    previous = meeting.previous()
    if previous:
        add_minutes_item(meeting, previous)
        add_follow_up(meeting)
    Item.objects.create(meeting=meeting, section=Section.OTHER, body="(ถ้ามี)")
    return meeting


def add_minutes_item(meeting, previous):
    """Agenda item 2: certify the previous minutes, which are attached as its document."""
    item = Item.objects.create(meeting=meeting, section=Section.MINUTES,
                               body=minutes_item_text(previous))
    Attachment.objects.create(item=item, minutes_of=previous,
                              title=f"รายงานการประชุมครั้งที่ {previous.label}")
    return item


def minutes_page_count(meeting) -> int | None:
    """Pages of a meeting's minutes: as typed by the secretariat (the signed copy), else
    counted in the minutes pcio prints once the meeting has been recorded."""
    if meeting.minutes_pages or not meeting.attendance.exists():
        return meeting.minutes_pages
    from pypdf import PdfReader

    from pcio.meetings import documents

    return len(PdfReader(io.BytesIO(documents.pdf(meeting, "minutes"))).pages)


def minutes_item_text(previous) -> str:
    count = minutes_page_count(previous)
    pages = f" จำนวน {count} หน้า" if count else ""
    secretariat = previous.committee.secretariat
    by = f"โดย{secretariat.name_th} (ฝ่ายเลขานุการ)" if secretariat else "โดยฝ่ายเลขานุการ"
    return (
        f"รับรองรายงานการประชุม{previous.committee.name_th} "
        f"ครั้งที่ {previous.number}/{previous.year} "
        f"เมื่อวันที่ {thai_date(previous.date)} เวลา {thai_time(previous.time)} "
        f"ณ {previous.venue} {by} ได้จัดทำรายงานการประชุมเสร็จเรียบร้อยแล้ว{pages} "
        "จึงขอให้คณะกรรมการฯ ได้พิจารณาตรวจสอบความถูกต้อง และรับรองรายงานการประชุมฯ ดังกล่าว"
    )


def add_follow_up(meeting):
    """Carry the committee's unfinished action items into this meeting (a live table)."""
    pending = ActionItem.objects.pending().filter(
        resolution__item__meeting__committee=meeting.committee,
        resolution__item__meeting__date__lt=meeting.date)
    if not pending.exists() or meeting.items.filter(title=FOLLOW_UP_TITLE).exists():
        return None
    return add_item(
        meeting, Section.FOR_INFO, title=FOLLOW_UP_TITLE, presenter="ฝ่ายเลขานุการ",
        body=("ฝ่ายเลขานุการได้ติดตามผลการดำเนินงานตามมติที่ประชุมที่ยังไม่แล้วเสร็จ ดังนี้\n"
              f"[[meetings.action_items committee={meeting.committee.code} "
              f"before={meeting.date.isoformat()}]]"),
    )


def add_item(meeting, section, **fields):
    last = meeting.items.filter(section=section).aggregate(m=Max("position"))["m"]
    return Item.objects.create(meeting=meeting, section=section,
                               position=(last or 0) + 1, **fields)


@transaction.atomic
def reorder(meeting, sections):
    """sections: {section number: [item id, ...]} in the new order (items may change section)."""
    mine = set(meeting.items.values_list("pk", flat=True))
    for section, ids in sections.items():
        if int(section) not in rules.SECTION_TITLES or not set(ids) <= mine:
            raise ValueError("ลำดับระเบียบวาระไม่ถูกต้อง")
        for position, pk in enumerate(ids, start=1):
            Item.objects.filter(pk=pk).update(section=int(section), position=position)


def move(item, delta):
    """Swap an item with its neighbour in the same section (the no-JavaScript way)."""
    siblings = list(item.meeting.items.filter(section=item.section))
    index = siblings.index(item)
    other = index + delta
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
        reorder(item.meeting, {item.section: [s.pk for s in siblings]})


def fill_attendance(meeting):
    """Start the roll call from the committee's members (all present until marked absent)."""
    if meeting.attendance.exists():
        return
    Attendance.objects.bulk_create(
        Attendance(meeting=meeting, member=m, name=m.name, position=m.position,
                   position_order=m.position_order)
        for m in meeting.committee.members.all()
    )


@transaction.atomic
def record_resolution(item, outcome, text="", discussion="", user=None, **votes):
    fields = {"outcome": outcome, "text": text, "discussion": discussion,
              **{f"votes_{k}": votes.get(f"votes_{k}") for k in ("for", "against", "abstain")}}
    resolution, _ = Resolution.objects.update_or_create(item=item, defaults=fields)
    meeting = item.meeting
    if meeting.status in (Status.DRAFT, Status.SENT):
        meeting.status = Status.HELD
        meeting.save(update_fields=["status"])
    if item.section == Section.MINUTES:
        _certify_previous(meeting, outcome, user)
    return resolution


def _certify_previous(meeting, outcome, user=None):
    """Item 2 certifies the previous minutes; certified minutes are frozen as they stand."""
    from pcio.meetings import issuing

    previous = meeting.previous()
    if previous is None:
        return
    certified = outcome in rules.CERTIFYING
    newly = certified and previous.status != Status.APPROVED
    previous.status = Status.APPROVED if certified else Status.HELD
    previous.approved_at = meeting if certified else None
    previous.save(update_fields=["status", "approved_at"])
    if newly:  # certified at the meeting itself, whenever its resolution is typed in
        when = timezone.make_aware(datetime.combine(meeting.date, meeting.time))
        issuing.certify_minutes(previous, meeting, user, when=min(when, timezone.now()))
