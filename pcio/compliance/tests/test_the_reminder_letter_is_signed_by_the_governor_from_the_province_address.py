"""The compliance reminder as the province's official letter (หนังสือภายนอก), PDF and DOCX:
the city hall address of the profile at the top, the date, เรื่อง, เรียน, the missing items,
"ขอแสดงความนับถือ", the governor's name in parentheses with the position, and the secretariat
office's contact at the bottom; the seal uploaded to the profile heads it."""

import io
import subprocess
import zipfile

import docx
import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

from pcio.front import installation
from pcio.lib.testing import exit_code
from pcio.lib.tests.readers import poppler
from pcio.lib.thai import arabic_digits
from pcio.meetings.tests.conftest import flat

ADDRESS = "ศาลากลางจังหวัดอุดรธานี\nถนนโพศรี อำเภอเมืองอุดรธานี\nจังหวัดอุดรธานี 41000"
GOVERNOR = "นายทดสอบ ใจดี"
PHONE = "0 4224 9999"


def _png():
    out = io.BytesIO()
    Image.new("RGB", (60, 60), (200, 150, 0)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def profile(db):
    assert exit_code("setup", "--province", "41") == 0
    profile = installation.profile()
    profile.address, profile.governor, profile.phone = ADDRESS, GOVERNOR, PHONE
    profile.email = "pcio@udonthani.go.th"
    profile.seal.save("seal.png", ContentFile(_png()), save=False)
    profile.save()
    return profile


@pytest.fixture
def letter(profile, agency_a, client, secretariat):
    client.force_login(secretariat)
    return lambda fmt: client.get(reverse("compliance_reminder_letter",
                                          args=[agency_a.code, fmt]))


def _expected(profile):
    return ["ศาลากลางจังหวัดอุดรธานี", "ถนนโพศรีอำเภอเมืองอุดรธานี", "จังหวัดอุดรธานี41000",
            "เรื่องขอให้ปรับปรุงข้อมูล", "เรียนหัวหน้าสำนักงานสถิติจังหวัดหนองคาย",
            "หน่วยงานของท่านยังขาดรายการต่อไปนี้", "1.", "ขอแสดงความนับถือ", f"({GOVERNOR})",
            "ผู้ว่าราชการจังหวัดอุดรธานี", profile.secretariat.name_th, f"โทร.{PHONE}",
            "pcio@udonthani.go.th"]


def _in_order(phrases, text):
    text, at = flat(text), 0
    for phrase in phrases:
        found = text.find(flat(phrase), at)
        assert found >= 0, f"{phrase!r} not after {text[max(0, at - 40):at]!r}"
        at = found + len(flat(phrase))


def test_the_pdf_letter_reads_in_the_order_of_an_official_letter(letter, profile, tmp_path):
    response = letter("pdf")
    assert response["Content-Type"] == "application/pdf"
    text = poppler(response.content)
    _in_order(_expected(profile), text)
    assert "๒๕๖๕" in text  # the documents' digits (PCIO_DOCUMENT_DIGITS)
    (tmp_path / "letter.pdf").write_bytes(response.content)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                    tmp_path / "letter.pdf", tmp_path / "page"], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0
    images = subprocess.run(["pdfimages", "-list", tmp_path / "letter.pdf"],
                            capture_output=True, text=True, check=True).stdout
    assert " 60    60 " in images  # the seal


def test_the_docx_letter_has_the_same_parts(letter, profile):
    response = letter("docx")
    document = docx.Document(io.BytesIO(response.content))
    head = [p.text for cell in document.tables[0].rows[0].cells for p in cell.paragraphs]
    text = "\n".join(head + [p.text for p in document.paragraphs])
    _in_order(_expected(profile), text)
    assert [arabic_digits(line) for line in head[1:]] == ADDRESS.splitlines()
    with zipfile.ZipFile(io.BytesIO(response.content)) as parts:
        assert any(name.startswith("word/media/") for name in parts.namelist())  # the seal


def test_only_the_secretariat_makes_letters(profile, agency_a, client, officer_a):
    client.force_login(officer_a)
    url = reverse("compliance_reminder_letter", args=[agency_a.code, "pdf"])
    assert client.get(url).status_code == 403


def test_the_e_mail_reminder_ends_with_the_secretariat_office_to_call(profile, agency_a):
    from pcio.compliance.reminders import reminder_text

    _, body = reminder_text(agency_a, ["เว็บไซต์"])
    assert body.splitlines()[-3:] == [profile.secretariat.name_th, f"โทร. {PHONE}",
                                      "ไปรษณีย์อิเล็กทรอนิกส์ pcio@udonthani.go.th"]


def test_a_seal_file_gone_from_disk_leaves_the_letter_without_it(letter, profile):
    profile.seal.storage.delete(profile.seal.name)
    response = letter("docx")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as parts:
        assert not any(name.startswith("word/media/") for name in parts.namelist())


def test_before_setup_the_letter_names_no_province(agency_a, client, secretariat):
    client.force_login(secretariat)
    response = client.get(reverse("compliance_reminder_letter", args=[agency_a.code, "pdf"]))
    text = flat(poppler(response.content))
    assert "ขอแสดงความนับถือ" in text and "ผู้ว่าราชการจังหวัด" in text
    assert "อุดรธานี" not in text
