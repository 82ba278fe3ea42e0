"""The first draft of the minutes (รายงานการประชุม), written from agenda, roll call and outcomes.

The secretariat edits the draft; every saved edit is a new MinutesVersion.
"""

from pcio.lib.thai import thai_date, thai_time
from pcio.meetings import rules
from pcio.meetings.models import Attendance


def generate_minutes(meeting) -> str:
    items = list(meeting.items.select_related("resolution").prefetch_related(
        "resolution__actions__agency"))
    attendance = list(meeting.attendance.all())
    lines = [*_roll_call(attendance), f"เริ่มประชุมเวลา {thai_time(meeting.time)}"]
    section = None
    for item, number in rules.number_items(items):
        if item.section != section:
            section = item.section
            lines.append("# " + rules.section_heading(section))
        lines += _item(item, number)
    lines += ["เลิกประชุมเวลา ........ น.", "ผู้จดรายงานการประชุม ฝ่ายเลขานุการ"]
    return "\n".join(lines)


def _roll_call(attendance):
    lines = []
    for kind, label in Attendance.Kind.choices:
        people = [a for a in attendance if a.kind == kind]
        if people:
            lines.append(f"# {label}")
            lines += [_person(n, a) for n, a in enumerate(people, start=1)]
    return lines


def _person(n, attendee):
    text = f"{n}. {attendee.name} {attendee.position}".strip()
    return f"{text} ({attendee.reason})" if attendee.reason else text


def _item(item, number):
    lines = [f"## {number} {item.title}"] if number else []
    if item.presenter:
        lines.append(f"(โดย {item.presenter})")
    resolution = getattr(item, "resolution", None)
    if resolution is None:
        return [*lines, "มติที่ประชุม (ยังไม่ได้บันทึกมติ)"]
    if resolution.discussion:
        lines += resolution.discussion.splitlines()
    lines.append(f"มติที่ประชุม {resolution.sentence()}")
    lines += [_action(a) for a in resolution.actions.all()]
    return lines


def _action(action):
    due = f" ภายในวันที่ {thai_date(action.due)}" if action.due else ""
    return f"- มอบหมาย {action.agency.name_th} {action.title}{due}"
