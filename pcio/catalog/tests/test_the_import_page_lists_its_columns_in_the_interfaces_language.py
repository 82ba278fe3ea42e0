"""The catalog import page lists the template's columns by their Thai labels, required ones
marked, with what to write and an example; the field names a machine reads are behind a
disclosure, so the Thai page reads in Thai (no run of three or more English words, no
field codes). The English interface lists the English labels."""

import pytest

from pcio.front.tests.test_thai_pages_show_no_english_sentences_or_codes import english_runs

pytestmark = pytest.mark.browser


def test_the_thai_page_reads_in_thai(page, login, live_server, secretariat):
    login(secretariat)
    page.goto(f"{live_server.url}/catalog/import/")
    text = page.inner_text("main")
    assert "อีเมลผู้ติดต่อ" in text and "ดาวน์โหลดแบบฟอร์ม (XLSX)" in text
    assert english_runs(text) == ([], [])
    assert "maintainer_email" not in text  # behind the disclosure until opened
    page.click("text=ชื่อคอลัมน์ในระบบ")
    assert "maintainer_email" in page.inner_text("main")


def test_the_english_page_lists_english_labels(page, login, live_server, secretariat):
    login(secretariat)
    page.context.add_cookies([{"name": "django_language", "value": "en",
                               "url": live_server.url}])
    page.goto(f"{live_server.url}/catalog/import/")
    text = page.inner_text("main")
    assert "Contact email" in text and "Download the template (XLSX)" in text
    assert "อีเมลผู้ติดต่อ" not in text
