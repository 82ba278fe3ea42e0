import io
import re
import unicodedata
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
