import hashlib

import pytest
from django.urls import reverse

from pcio.meetings import documents, issuing, services
from pcio.meetings.models import Section, Status


@pytest.fixture
def sent(meeting, secretariat):
    services.add_item(meeting, Section.FOR_INFO, title="เรื่องเดิม")
    issuing.send_agenda(meeting, secretariat)
    return meeting


def test_sending_freezes_the_files_their_hashes_who_and_when(sent, secretariat):
    agenda = sent.issued.get(doc="agenda")
    assert sent.status == Status.SENT and agenda.issued_by == secretariat
    assert agenda.pdf_sha256 == hashlib.sha256(documents.pdf(sent, "agenda")).hexdigest()
    assert agenda.docx_sha256 == hashlib.sha256(documents.docx(sent, "agenda")).hexdigest()
    assert sent.issued.filter(doc="pack").exists()


def test_an_edit_after_sending_does_not_reach_the_sent_document(sent):
    before = documents.pdf(sent, "agenda")
    services.add_item(sent, Section.FOR_INFO, title="เรื่องเพิ่มภายหลัง")
    assert documents.pdf(sent, "agenda") == before


def test_a_revision_needs_a_reason_and_both_versions_stay(sent, client, secretariat):
    client.force_login(secretariat)
    services.add_item(sent, Section.FOR_INFO, title="เรื่องเพิ่มภายหลัง")
    client.post(reverse("meeting_revise", args=[sent.pk]), {"reason": " "})
    assert sent.issued.filter(doc="agenda").count() == 1
    client.post(reverse("meeting_revise", args=[sent.pk]), {"reason": "เพิ่มเรื่อง 3.2"})
    first, second = sent.issued.filter(doc="agenda").order_by("version")
    assert (second.version, second.stage, second.reason) == (2, "revised", "เพิ่มเรื่อง 3.2")
    assert documents.pdf(sent, "agenda") == issuing.stored(second, "pdf") != issuing.stored(
        first, "pdf")
    old = client.get(reverse("meeting_issued", args=[first.pk, "pdf"]))
    assert old.status_code == 200 and old.content == issuing.stored(first, "pdf")


def test_sending_twice_does_not_replace_what_was_sent(sent, client, secretariat):
    client.force_login(secretariat)
    client.post(reverse("meeting_send", args=[sent.pk]))
    assert sent.issued.filter(doc="agenda").count() == 1


def test_a_file_changed_on_disk_is_refused_rather_than_served(sent):
    agenda = sent.issued.get(doc="agenda")
    with open(agenda.pdf.path, "ab") as handle:
        handle.write(b"%tampered")
    with pytest.raises(ValueError, match="SHA-256"):
        documents.pdf(sent, "agenda")
