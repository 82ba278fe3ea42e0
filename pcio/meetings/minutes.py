"""The minutes (รายงานการประชุม) in the official form, drawn from what was recorded.

Roll call, start and closing times, each item's discussion and resolution, the action items
it assigned, and the signature block of the minutes taker and checker. Pages, PDF and DOCX all
render these lines; what is not yet recorded is left as a dotted line to fill, never invented.
"""

from dataclasses import dataclass

from pcio.lib.thai import thai_date, thai_time
from pcio.meetings import rules
from pcio.meetings.models import Attendance

BLANK_TIME = "........ น."


@dataclass
class Line:
    kind: str  # h1 (heading), p, person, item, resolution, sign
    text: str = ""
    extra: tuple = ()


def minutes_lines(meeting) -> list[Line]:
    items = list(meeting.items.select_related("resolution").prefetch_related(
        "resolution__actions__agency"))
    lines = [*roll_call(list(meeting.attendance.select_related("member"))),
             Line("p", f"เริ่มประชุมเวลา {_time(meeting.started)}"), *_opening(meeting)]
    numbered = list(rules.number_items(items))
    for section in rules.SECTION_TITLES:  # every section is printed, "ไม่มี" when empty
        lines.append(Line("section", rules.section_heading(section)))
        body = [line for item, number in numbered if item.section == section
                for line in item_lines(item, number)]
        lines += body or [Line("p", "ไม่มี")]
    lines.append(Line("p", f"เลิกประชุมเวลา {_time(meeting.closed)}"))
    return [*lines, *signatures(meeting)]


def _time(value):
    return thai_time(value) if value else BLANK_TIME


def _opening(meeting):
    present, total, needed = meeting.quorum()
    if not total:
        return []
    if present >= needed:
        return [Line("p", f"เมื่อครบองค์ประชุมแล้ว (กรรมการมาประชุม {present} คน จากทั้งหมด "
                          f"{total} คน) ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตาม"
                          "ระเบียบวาระ ดังนี้")]
    return [Line("p", f"กรรมการมาประชุม {present} คน จากทั้งหมด {total} คน ไม่ครบองค์ประชุม "
                      f"(ต้องไม่น้อยกว่า {needed} คน)")]


def roll_call(attendance):
    lines = []
    for kind, label in Attendance.Kind.choices:
        people = [a for a in attendance if a.kind == kind]
        if people:
            lines.append(Line("h1", str(label)))
            lines += [Line("person", person_text(a), (str(n),)) for n, a in
                      enumerate(people, start=1)]
    return lines


def person_text(attendee) -> str:
    """"นาย ข (ผู้มาแทน) แทน นาย ก ตำแหน่ง ก" when someone came in the member's place."""
    text = " ".join(part for part in (attendee.name, attendee.position) if part)
    if attendee.substitute_for:
        text = f"{attendee.substitute_for} แทน {text}"
    notes = []
    if attendee.online:
        notes.append("ประชุมผ่านสื่ออิเล็กทรอนิกส์")
    if attendee.reason:
        notes.append(attendee.reason)
    return f"{text} ({', '.join(notes)})" if notes else text


def item_lines(item, number):
    lines = [Line("item", f"{number} {item.title}")] if number else []
    if item.presenter:
        lines.append(Line("by", f"(โดย {item.presenter})"))
    resolution = getattr(item, "resolution", None)
    if resolution is None and item.section == 5:
        return lines or [Line("p", "ไม่มี")]
    if resolution is None:
        return [*lines, Line("resolution", "")]
    lines += [Line("p", text) for text in resolution.discussion.splitlines() if text.strip()]
    lines.append(Line("resolution", resolution.sentence()))
    return lines + [Line("p", action_text(a)) for a in resolution.actions.all()]


def action_text(action):
    due = f" ภายในวันที่ {thai_date(action.due)}" if action.due else ""
    return f"- มอบหมาย {action.agency.name_th} {action.title}{due}"


def signatures(meeting):
    people = [("ผู้จดรายงานการประชุม", meeting.minutes_taker, meeting.minutes_taker_position),
              ("ผู้ตรวจรายงานการประชุม", meeting.minutes_checker,
               meeting.minutes_checker_position)]
    return [Line("sign", role, (name, position)) for role, name, position in people]


def missing(meeting) -> list[str]:
    """What must be recorded before the draft can be circulated (Thai reasons)."""
    problems = []
    if not meeting.attendance.exists():
        problems.append("ยังไม่ได้บันทึกการเข้าประชุม")
    if meeting.started is None or meeting.closed is None:
        problems.append("ยังไม่ได้บันทึกเวลาเริ่มและเลิกประชุม")
    unresolved = [str(item) for item in meeting.items.filter(resolution__isnull=True,
                                                             section__lt=5)]
    if unresolved:
        problems.append("ยังไม่ได้บันทึกมติ: " + ", ".join(unresolved))
    if not meeting.minutes_taker:
        problems.append("ยังไม่ได้ระบุผู้จดรายงานการประชุม")
    return problems
