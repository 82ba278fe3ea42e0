import io

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pcio.front import installation
from pcio.lib.thai import arabic_digits
from pcio.meetings import documents


def _text(body):
    """The document and the text of each paragraph, or of a table's first cell, in order."""
    document = docx.Document(io.BytesIO(body))
    texts = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            texts.append(Paragraph(element, document).text)
        elif element.tag == qn("w:tbl"):
            texts.append(Table(element, document).cell(0, 0).text)
    return document, texts


def test_the_demo_agenda_docx_has_sections_numbering_and_dates(demo):
    document, paragraphs = _text(documents.docx(demo, "agenda"))
    paragraphs = [arabic_digits(p) for p in paragraphs]  # the digits are checked elsewhere
    text = "\n".join(paragraphs)
    for n in range(1, 6):
        assert f"ระเบียบวาระที่ {n} " in text
    for number in ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "4.1", "4.2"]:
        assert any(p.startswith(number + " ") for p in paragraphs), number
    assert "วันอังคารที่ 22 เมษายน พ.ศ. 2568 เวลา 13.30 น." in text


def test_word_and_libreoffice_paginate_the_docx_themselves(demo):
    """No page breaks copied from the PDF and so no continuation cues: Word and LibreOffice
    break pages where their own layout puts them (only a cover page starts one)."""
    document, paragraphs = _text(documents.docx(demo, "agenda"))
    assert not document.element.body.xpath(".//w:br[@w:type='page']")
    assert not [p for p in paragraphs if p.startswith("/") and p.endswith("...")]


def test_the_docx_is_a4_with_official_margins_and_sarabun_16(demo):
    document, _ = _text(documents.docx(demo, "agenda"))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 1) == 3.0 and round(section.right_margin.cm, 1) == 2.0
    normal = document.styles["Normal"].font
    assert normal.name == "Sarabun" and normal.size.pt == 16
    # งานสารบรรณ: the first page has no number, the others "- ๒ -" at the top
    assert section.different_first_page_header_footer
    assert [p.text for p in section.first_page_header.paragraphs] == [installation.slogan()]
    assert [p.text for p in section.header.paragraphs][1] == installation.slogan()
