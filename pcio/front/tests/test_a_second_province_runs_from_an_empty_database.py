"""A province other than the demo's, from an empty database (migrations only, no demo): set up,
readiness scores, the registry export, a meeting and its agenda, all naming อุดรธานี and
never the demo's province."""

import csv
import datetime
import io
import json
import re
import subprocess

import docx
import pytest
from django.apps import apps
from django.urls import reverse

from pcio.agencies.models import Agency
from pcio.front import installation
from pcio.lib.testing import exit_code
from pcio.meetings import documents, services
from pcio.meetings.models import Committee, Section

OURS, DEMOS = "อุดรธานี", "หนองคาย"
WEIGHTS_2567 = [13, 12, 20, 30, 10, 10, 5]
SCORES = {2566: [40, 45, 50, 55, 60, 65, 70], 2567: [50, 55, 60, 65, 70, 75, 80]}


@pytest.fixture
def udon_thani(db):
    assert exit_code("setup", "--province", "41") == 0
    return Committee.objects.get(code="pcio")


@pytest.fixture
def meeting(udon_thani):
    meeting = services.create_meeting(udon_thani, 1, 2569, datetime.date(2026, 1, 20),
                                      datetime.time(13, 30), "ห้องประชุม ๑ ศาลากลางจังหวัด")
    services.add_item(meeting, Section.FOR_INFO, title="รายงานผลการสำรวจความพร้อม",
                      presenter=udon_thani.secretariat.name_th, body="เพื่อโปรดทราบ")
    return meeting


def _scores_file(tmp_path):
    path = tmp_path / "scores.csv"
    rows = [f"{year},41,{pillar},{score}" for year, scores in SCORES.items()
            for pillar, score in enumerate(scores, start=1)]
    path.write_text("year,unit,pillar,score\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_readiness_scores_for_unit_41_give_the_weighted_summary(udon_thani, tmp_path, capsys):
    assert exit_code("readiness", "import-scores", _scores_file(tmp_path)) == 0
    capsys.readouterr()
    assert exit_code("readiness", "summary", "41", "2567", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    weighted = sum(w * s for w, s in zip(WEIGHTS_2567, SCORES[2567], strict=True)) / 100
    assert data["unit_name"].endswith(OURS)
    assert data["overall"] == pytest.approx(weighted, abs=0.01)
    assert data["level"] and data["level_name"]
    assert [p["score"] for p in data["pillars"]] == SCORES[2567]


def test_the_registry_export_lists_its_20_district_offices(udon_thani, tmp_path):
    path = tmp_path / "agencies.csv"
    assert exit_code("agencies", "export", path) == 0
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    offices = [r for r in rows if r["type"] == "district"]
    assert len(offices) == 20
    assert all(r["name_th"].startswith("ที่ว่าการอำเภอ") and r["province_code"] == "41"
               for r in offices)
    assert not [r for r in rows if DEMOS in r["name_th"]]


def _pdf_text(data, tmp_path):
    (tmp_path / "agenda.pdf").write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", tmp_path / "agenda.pdf", "-"],
                          capture_output=True, text=True, check=True).stdout


def _docx_text(data):
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    paragraphs = [*document.paragraphs, *section.header.paragraphs,
                  *section.first_page_header.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in paragraphs] + cells)


def test_the_agenda_pdf_and_docx_name_the_province_and_never_the_demos(meeting, tmp_path):
    pdf, word = _pdf_text(documents.pdf(meeting, "agenda"), tmp_path), \
        _docx_text(documents.docx(meeting, "agenda"))
    for text in (pdf, word):
        assert OURS in text and DEMOS not in text


def test_the_secretariats_slogan_heads_the_agenda(meeting, client, secretariat, tmp_path):
    client.force_login(secretariat)
    profile = installation.profile()
    response = client.post(reverse("province_profile"), {
        "province": profile.province_id, "name": profile.name, "governor": "นายทดสอบ ตัวอย่าง",
        "slogan": "อุดรธานี คำขวัญทดสอบ", "secretariat": profile.secretariat_id})
    assert response.status_code == 302, response.content.decode()[:2000]
    header = docx.Document(io.BytesIO(documents.docx(meeting, "agenda"))).sections[0]
    assert [p.text for p in header.first_page_header.paragraphs] == ["อุดรธานี คำขวัญทดสอบ"]
    assert "อุดรธานี คำขวัญทดสอบ" in _pdf_text(documents.pdf(meeting, "agenda"), tmp_path)


def _pages(meeting):
    yield reverse("home")
    yield reverse("province_profile")
    for config in apps.get_app_configs():
        if getattr(config, "nav", None):
            yield reverse(config.nav[0])
    yield reverse("meeting", args=[meeting.pk])
    yield reverse("readiness_unit", args=["p", "41", 2567])
    yield Agency.objects.get(code="PO-41").get_absolute_url()


def _shown(html):
    """The page but its pickers: a list of all 77 provinces names the demo's among them."""
    return re.sub(r"<select\b.*?</select>", "", html, flags=re.S)


def test_no_page_of_any_app_shows_the_demos_province(meeting, client, secretariat, tmp_path):
    assert exit_code("readiness", "import-scores", _scores_file(tmp_path)) == 0
    client.force_login(secretariat)
    for url in _pages(meeting):
        response = client.get(url)
        assert response.status_code == 200, url
        assert DEMOS not in _shown(response.content.decode()), url
    assert OURS in client.get(reverse("home")).content.decode()
