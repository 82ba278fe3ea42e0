import io

from django.core.files.base import ContentFile

from pcio.meetings import documents, issuing, services
from pcio.meetings.models import Attachment, Section
from pcio.meetings.tests.conftest import flat, pdf_pages


def _pdf_saying(text):
    from weasyprint import HTML

    return HTML(string=f"<p>{text}</p>").write_pdf()


def _attach(item, title, **fields):
    return Attachment.objects.create(item=item, title=title, position=item.attachments.count(),
                                     **fields)


def test_uploaded_pdfs_tables_and_previous_minutes_follow_their_covers(meeting, secretariat):
    services.fill_attendance(meeting)
    services.record_resolution(meeting.items.get(section=Section.CHAIR), "noted")
    issuing.circulate_minutes(meeting, secretariat)
    following = services.create_meeting(meeting.committee, 3, 2568, meeting.date.replace(
        month=10), meeting.time, "ห้องประชุมทดสอบ")
    item = services.add_item(following, Section.FOR_DECISION, title="แผนงาน")
    upload = _attach(item, "แผนปฏิบัติการ")
    upload.file.save("plan.pdf", ContentFile(_pdf_saying("UPLOADED-PLAN-PAGE")))
    _attach(item, "ตารางการติดตาม", embed="meetings.action_items")
    _attach(item, "หนังสือที่ไม่มีไฟล์")
    _attach(item, "ตารางงบประมาณ").file.save("budget.xlsx", ContentFile(b"PK"))
    text = flat("\n".join(pdf_pages(documents.pdf(following, "pack"))))
    minutes_at = text.index(flat("เอกสาร 1 รายงานการประชุมครั้งที่ 2/2568"))
    covers = [text.index(flat(f"เอกสาร {n} {title}")) for n, title in enumerate(
        ["แผนปฏิบัติการ", "ตารางการติดตาม", "หนังสือที่ไม่มีไฟล์", "ตารางงบประมาณ"], start=2)]
    assert minutes_at < text.index(flat("ผู้มาประชุม"), minutes_at) < covers[0]
    assert covers[0] < text.index("UPLOADED-PLAN-PAGE") < covers[1]
    assert flat("เรื่องที่ต้องติดตามตามมติที่ประชุม") in text[covers[1]:covers[2]]
    assert flat("ไม่มีไฟล์เอกสารนี้ในระบบ") in text[covers[2]:covers[3]]
    assert flat("ไฟล์ budget.xlsx แนบแยกต่างหาก") in text[covers[3]:]


def test_a_broken_pdf_upload_does_not_stop_the_pack(meeting):
    item = services.add_item(meeting, Section.FOR_INFO, title="เรื่อง")
    _attach(item, "ไฟล์เสีย").file.save("broken.pdf", ContentFile(b"%PDF-1.4 nonsense"))
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(documents.pdf(meeting, "pack"))).pages) >= 2
