"""Every number the agenda, pack and minutes print, typed or generated, page numbers
included, is in the digits PCIO_DOCUMENT_DIGITS chooses: no line mixes ๑๒๓ with 123, except
in URLs, e-mail addresses and domain names, which keep theirs. Times read 13.30 น."""

import io
import re

import docx
import pytest

from pcio.lib.tests.readers import pdfminer, poppler
from pcio.lib.thai import addresses

OTHER_DIGITS = {"thai": re.compile("[0-9]"), "arabic": re.compile("[๐-๙]")}
CLOCK = re.compile(r"[0-9๐-๙]{1,2}:[0-9๐-๙]{2}")


def _docx_lines(body):
    """The DOCX's text: paragraphs, table cells and both page headers (with the page number
    field's result)."""
    document = docx.Document(io.BytesIO(body))
    section = document.sections[0]
    paragraphs = [*document.paragraphs, *section.header.paragraphs,
                  *section.first_page_header.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [p.text for p in paragraphs] + cells


def _mixed(lines, digits):
    def bare(line):
        for address in addresses(line):
            line = line.replace(address, "")
        return line
    return [line for line in lines if OTHER_DIGITS[digits].search(bare(line))]


@pytest.mark.parametrize("digits", ["thai", "arabic"])
@pytest.mark.parametrize("doc", ["agenda", "pack", "minutes"])
def test_no_line_mixes_thai_and_arabic_digits(db, official, digits, doc):
    made = official(digits)[doc]
    pdf_lines, docx_lines = poppler(made.pdf).splitlines(), _docx_lines(made.docx)
    assert not _mixed(pdf_lines, digits)
    assert not _mixed(docx_lines, digits)
    assert not [line for line in pdf_lines + docx_lines if CLOCK.search(line)]


def test_the_meeting_heading_prints_one_kind_of_digits(db, official):
    thai = poppler(official("thai")["agenda"].pdf)
    arabic = poppler(official("arabic")["agenda"].pdf)
    assert "วันอังคารที่ ๒๒ เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๓.๓๐ น." in thai
    assert "วันอังคารที่ 22 เมษายน พ.ศ. 2568 เวลา 13.30 น." in arabic
    assert "เมื่อวันที่ ๓ กรกฎาคม ๒๕๖๗ เวลา ๐๙.๐๐ น." in thai
    numbers = [pdfminer(official(digits)["agenda"].pdf) for digits in ("thai", "arabic")]
    assert "- ๒ -" in numbers[0] and "- 2 -" in numbers[1]  # page numbers too
