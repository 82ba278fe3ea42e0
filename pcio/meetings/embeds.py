"""Tables this app offers to meeting documents (see pcio.meetings.registry)."""

from datetime import date

from pcio.lib.thai import thai_date
from pcio.meetings.models import ActionItem


def action_items(committee="", before="", status="pending", **_):
    """Decisions still to be carried out: carried into each agenda until they are done."""
    actions = ActionItem.objects.select_related(
        "agency", "resolution__item__meeting").order_by("due", "id")
    if status == "pending":
        actions = actions.pending()
    if committee:
        actions = actions.filter(resolution__item__meeting__committee__code=committee)
    if before:
        actions = actions.filter(resolution__item__meeting__date__lt=date.fromisoformat(before))
    rows = [
        [n, a.title, a.agency.name_th, a.resolution.item.meeting.label,
         thai_date(a.due, short=True) if a.due else "-", a.get_status_display(),
         a.progress or "-"]
        for n, a in enumerate(actions, start=1)
    ]
    return {
        "title": "เรื่องที่ต้องติดตามตามมติที่ประชุม",
        "columns": ["ที่", "เรื่อง", "หน่วยงานรับผิดชอบ", "มติครั้งที่", "กำหนดเสร็จ", "สถานะ",
                    "ความคืบหน้าล่าสุด"],
        "rows": rows,
        "note": "" if rows else "ไม่มีเรื่องค้างดำเนินการ",
    }


EMBEDS = {"action_items": action_items}
