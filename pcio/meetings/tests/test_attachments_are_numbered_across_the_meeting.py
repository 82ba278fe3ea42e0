from pcio.meetings import documents, rules, services
from pcio.meetings.models import Attachment, Section


def test_documents_are_numbered_in_agenda_order_across_sections(meeting):
    later = services.add_item(meeting, Section.FOR_DECISION, title="ข", presenter="หน่วยงาน ข")
    earlier = services.add_item(meeting, Section.FOR_INFO, title="ก")
    second = Attachment.objects.create(item=later, title="เอกสารของ ข")
    first = Attachment.objects.create(item=earlier, title="เอกสารของ ก")
    numbers = rules.number_attachments(meeting.items.prefetch_related("attachments"))
    assert (numbers[first.pk], numbers[second.pk]) == (1, 2)
    texts = [b.text for b in documents.agenda_blocks(meeting, embeds={})]
    assert "(โดย หน่วยงาน ข) (เอกสาร 2)" in texts and "(เอกสาร 1)" in texts
