import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

import pytest

from pcio.lib.thai import arabic_digits
from pcio.meetings import services
from pcio.meetings.models import Committee, Member, Role


@pytest.fixture
def demo(db):
    """Every app's demo data, as `pcio demo` loads it: PCIO meetings 1/2567 and 1/2568 with
    the live tables of the other apps."""
    from django.core.management import call_command

    call_command("demo", stdout=io.StringIO())
    return Committee.objects.get(code="pcio").meetings.get(number=1, year=2568)


@pytest.fixture(scope="module")
def _demo_of_the_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """`pcio demo` loaded once for a module, in a transaction rolled back when the module
    ends: the whole demo takes seconds, and several tests of a module read it."""
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    media = tmp_path_factory.mktemp("demo-media")  # the issued documents' files
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), \
            transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield media
        transaction.set_rollback(True)


@pytest.fixture
def module_demo(_demo_of_the_module, db, settings):
    """As `demo`, loaded once per module: each test runs in a savepoint of the module's
    transaction (as `db` does), so what one test changes the next does not see. Only for a
    module whose every test reads the demo (another test there would see it too): such a
    module defines a fixture `demo` that returns `module_demo`."""
    settings.MEDIA_ROOT = _demo_of_the_module
    return Committee.objects.get(code="pcio").meetings.get(number=1, year=2568)


@dataclass
class Made:
    """One document as pcio makes it: the PDF, the DOCX and the blocks as printed in both."""
    pdf: bytes
    docx: bytes
    blocks: list
    appended_pages: int = 0  # pages of attachment PDFs the pack merges (not in the DOCX)


@pytest.fixture(scope="session")
def official(django_db_setup, django_db_blocker):
    """The demo meeting 1/2568's agenda, pack and minutes, made once per test session under
    each PCIO_DOCUMENT_DIGITS: {"thai": {"agenda": Made, ...}, "arabic": {...}} (and the
    agenda as sent, "sent_agenda": the `sent_agenda` fixture). The demo is
    loaded under each setting (the documents it freezes, such as the certified minutes the
    pack merges, are made under it too) in a transaction that is rolled back, so no other
    test sees it. A test that uses it asks for `db` too: pytest-django sets the test
    database up only for a session with database tests."""
    made = {}

    def make(digits="thai"):
        if digits not in made:
            with django_db_blocker.unblock():
                made[digits] = _made(digits)
        return made[digits]
    return make


def _made(digits):
    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    from pcio.meetings import documents

    with override_settings(PCIO_DOCUMENT_DIGITS=digits), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        meeting = Committee.objects.get(code="pcio").meetings.get(number=1, year=2568)
        made = {doc: Made(documents.live_pdf(meeting, doc), documents.live_docx(meeting, doc),
                          documents.printed(documents.BUILDERS[doc](meeting)))
                for doc in ("agenda", "pack", "minutes")}
        made["pack"].appended_pages = sum(
            len(reader.pages) for item in meeting.items.all() for a in item.attachments.all()
            if (reader := documents._attachment_reader(a)) is not None)
        # the agenda as the demo sent it (its issued files), for the tests that read that
        made["sent_agenda"] = Made(documents.pdf(meeting), documents.docx(meeting), [])
        transaction.set_rollback(True)
    return made


@pytest.fixture
def sent_agenda(db, official, settings):
    """The demo's agenda 1/2568 as it was sent (documents.pdf and .docx: the issued files),
    a `Made`: from the session's demo load under the configured digits, so a test that only
    reads it loads no demo of its own."""
    return official(settings.PCIO_DOCUMENT_DIGITS)["sent_agenda"]


@pytest.fixture
def committee(db, agency_a):
    committee = Committee.objects.create(code="pcio", name_th="คณะกรรมการ PCIO จังหวัดทดสอบ",
                                         secretariat=agency_a)
    Member.objects.create(committee=committee, name="นายประธาน ทดสอบ", role=Role.CHAIR)
    Member.objects.create(committee=committee, name="นางเลขา ทดสอบ", role=Role.SECRETARY)
    return committee


@pytest.fixture
def meeting(committee):
    return services.create_meeting(committee, 2, 2568, date(2025, 7, 1), time(9, 30),
                                   "ห้องประชุมทดสอบ")


def flat(text):
    """Text compared without spaces, in NFKC with NIKHAHIT after a tone mark (ำ and ํ + า
    alike, as SARA AM's shaped glyphs read back out of a PDF: pcio.lib.thaipdf) and in Arabic
    digits: which digits a document prints is PCIO_DOCUMENT_DIGITS's business, checked by
    test_documents_print_each_number_in_one_kind_of_digits."""
    text = unicodedata.normalize("NFKC", arabic_digits(text))
    text = re.sub("\u0e4d([\u0e48-\u0e4b])", "\\1\u0e4d", text)
    return re.sub(r"[\s\u200b]", "", text)


def pdf_pages(body):
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(body)).pages]
