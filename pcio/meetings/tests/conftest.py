import io
import re
from datetime import date, time

import pytest

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
    """Text compared without spaces, ำ as NIKHAHIT before any tone mark and then SARA AA:
    how SARA AM's shaped glyphs read back out of a PDF (pcio.lib.thaipdf)."""
    text = re.sub(r"([\u0e48-\u0e4b])ำ", "\u0e4d\\1า", text).replace("ำ", "\u0e4dา")
    return re.sub(r"[\s\u200b]", "", text)


def pdf_pages(body):
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(body)).pages]
