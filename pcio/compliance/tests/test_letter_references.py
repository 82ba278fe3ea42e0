"""The register of the province's letters reads references and Thai dates as written."""

from datetime import date

import pytest

from pcio.compliance.letters import citation, normalise_reference, parse_citation
from pcio.compliance.models import Letter


def test_it_reads_a_citation_from_the_agenda():
    text = "หนังสือจังหวัดหนองคาย ที่ นค 0017.2/ว 15820 ลงวันที่ 11 พฤศจิกายน 2567)"
    assert parse_citation(text) == ("นค 0017.2/ว 15820", date(2024, 11, 11))


def test_it_reads_a_citation_followed_by_the_subject():
    text = "ที่ นค 0017.2/ว 3955 ลงวันที่ 24 มีนาคม 2568 เรื่อง ขอเชิญเข้าร่วมโครงการ"
    assert parse_citation(text) == ("นค 0017.2/ว 3955", date(2025, 3, 24))


def test_it_normalises_spacing_and_thai_digits():
    assert normalise_reference("นค๐๐๑๗.๒ / ว๑๕๘๒๐") == "นค 0017.2/ว 15820"


def test_it_rejects_text_without_a_reference():
    with pytest.raises(ValueError, match="ลงวันที่"):
        parse_citation("หนังสือเชิญประชุม")


def test_it_writes_a_citation_with_a_buddhist_era_date():
    assert citation("นค 0017.2/ว 3955", date(2025, 3, 24)) == \
        "หนังสือจังหวัด ที่ นค 0017.2/ว 3955 ลงวันที่ 24 มีนาคม 2568"


def test_the_secretariat_adds_a_letter_by_pasting_the_citation(client, secretariat):
    client.force_login(secretariat)
    response = client.post("/compliance/letters/new/", {
        "citation": "ที่ นค 0017.2/ว 15820 ลงวันที่ 11 พฤศจิกายน 2567",
        "subject": "มาตรฐานการเปิดเผยข้อมูล", "agenda_item": "3.3", "dated": "",
        "reference": ""})
    assert response.status_code == 302
    letter = Letter.objects.get()
    assert (letter.reference, letter.dated) == ("นค 0017.2/ว 15820", date(2024, 11, 11))
    assert "11 พฤศจิกายน 2567" in client.get("/compliance/letters/").content.decode()


def test_a_bad_date_is_refused_with_a_thai_message(client, secretariat):
    client.force_login(secretariat)
    response = client.post("/compliance/letters/new/", {
        "reference": "นค 0017.2/ว 3955", "dated": "31 กุมภาพันธ์ 2568", "subject": "x"})
    assert response.status_code == 200
    assert Letter.objects.count() == 0
    assert "กรุณาแก้ไข" in response.content.decode()


def test_an_officer_cannot_add_letters(client, officer_a):
    client.force_login(officer_a)
    assert client.get("/compliance/letters/new/").status_code == 403
