"""A sent agenda is a record: its PDF, DOCX and page stay as sent while the live tables move;
a new draft agenda shows the new figures."""

from datetime import date, time

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from pcio.compliance.models import Record
from pcio.meetings import documents, services
from pcio.meetings.models import Section
from pcio.meetings.tests.conftest import flat, pdf_pages
from pcio.readiness.models import Score
from pcio.webwatch.models import Incident, Site, Status


@pytest.fixture
def demo(module_demo):
    """Every test here reads the demo: it is loaded once for the module."""
    return module_demo


def _change_live_data():
    Record.objects.update(info_announced_on=None, cybersafe_enrolled_on=None)
    Score.objects.filter(year__year=2567).update(score=1)
    site = Site.objects.exclude(status=Status.INFECTED).order_by("url").first()
    site.status = Status.INFECTED
    site.save()
    Incident.objects.create(site=site, evidence=[])
    return site


def _export(tmp_path, name, doc="agenda", label="1/2568"):
    out = tmp_path / name
    call_command("meetings", "export", label, "--doc", doc, "--format", "pdf",
                 "--output", str(out))
    return flat("".join(pdf_pages(out.read_bytes())))


def _content(client, meeting):
    """The agenda's text as the page shows it (the page's token differs on every request)."""
    html = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    return html[html.index('<details id="content"'):html.index("</details>", html.index(
        '<details id="content"'))]


def _tally(blocks):
    return next(b["table"] for b in blocks if b["kind"] == "table" and
                "info.go.th" in b["table"]["title"])


def test_the_sent_agenda_pdf_docx_and_page_do_not_change(demo, client, tmp_path):
    client.force_login(get_user_model().objects.get(username="committee"))
    before = (documents.pdf(demo, "agenda"), documents.docx(demo, "agenda"),
              documents.pdf(demo, "pack"))
    page = _content(client, demo)
    exported = _export(tmp_path, "before.pdf")
    site = _change_live_data()
    assert (documents.pdf(demo, "agenda"), documents.docx(demo, "agenda"),
            documents.pdf(demo, "pack")) == before
    assert _content(client, demo) == page
    assert _export(tmp_path, "after.pdf") == exported
    assert flat("ข้อมูล ณ 8 เมษายน 2568") in exported and site.url not in exported


def test_a_new_draft_agenda_shows_the_new_figures(demo):
    frozen = _tally(demo.issued.get(doc="agenda").blocks)
    _change_live_data()
    draft = services.create_meeting(demo.committee, 2, 2568, date(2025, 8, 1), time(9, 0), "ห้อง")
    services.add_item(draft, Section.FOR_INFO, title="ช่องทาง", body="[[compliance.tally]]")
    live = _tally([{"kind": b.kind, "table": b.table} for b in documents.agenda_blocks(draft)])
    announced = [row[2] for row in live["rows"]]
    assert announced == [0] * len(announced)
    assert [row[2] for row in frozen["rows"]] != announced


def test_the_certified_minutes_of_1_2567_are_what_the_command_exports(demo, tmp_path):
    text = _export(tmp_path, "minutes.pdf", "minutes", "1/2567")
    for words in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "เลิกประชุมเวลา 11.30 น.",
                  "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม"):
        assert flat(words) in text
    assert flat("ยังไม่ได้บันทึกมติ") not in text
    assert demo.previous().issued.filter(doc="minutes", stage="certified").exists()
