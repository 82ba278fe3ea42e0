import io

from django.core.files.base import ContentFile
from pypdf import PdfReader, PdfWriter

from pcio.meetings import documents, services
from pcio.meetings.models import Attachment, Section
from pcio.meetings.tests.conftest import flat, pdf_pages


def _two_page_pdf():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_pack_puts_each_numbered_attachment_after_its_cover_page(meeting):
    item = services.add_item(meeting, Section.FOR_DECISION, title="แผนงาน", presenter="ก")
    attachment = Attachment(item=item, title="แผนปฏิบัติการ")
    attachment.file.save("plan.pdf", ContentFile(_two_page_pdf()))
    agenda = pdf_pages(documents.pdf(meeting, "agenda"))
    pack = pdf_pages(documents.pdf(meeting, "pack"))
    assert len(pack) == len(agenda) + 1 + 2
    assert flat("เอกสาร 1 แผนปฏิบัติการ") in flat(pack[len(agenda)])
    assert pack[-1].strip() == "" and pack[-2].strip() == ""


def test_the_minutes_pdf_carries_the_attendance_and_resolutions(meeting):
    services.fill_attendance(meeting)
    item = services.add_item(meeting, Section.FOR_INFO, title="รายงานผล")
    services.record_resolution(item, "noted")
    text = flat("\n".join(pdf_pages(documents.pdf(meeting, "minutes"))))
    assert flat("รายงานการประชุม") in text and flat("ผู้มาประชุม") in text
    assert flat("นายประธาน ทดสอบ") in text
    assert flat("มติที่ประชุม ที่ประชุมรับทราบ") in text
    assert len(PdfReader(io.BytesIO(documents.pdf(meeting, "minutes"))).pages) >= 1
