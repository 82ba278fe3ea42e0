import io

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

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


def test_the_demo_agenda_docx_has_sections_numbering_dates_and_cues(demo):
    document, paragraphs = _text(documents.docx(demo, "agenda"))
    text = "\n".join(paragraphs)
    for n in range(1, 6):
        assert f"ระเบียบวาระที่ {n} " in text
    for number in ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "4.1", "4.2"]:
        assert any(p.startswith(number + " ") for p in paragraphs), number
    assert "วันอังคารที่ 22 เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๓.๓๐ น." in text
    cues = [i for i, p in enumerate(paragraphs) if p.startswith("/") and p.endswith("...")]
    assert len(cues) >= 3
    for i in cues:  # the cue names the words that open the next page
        following = next(p for p in paragraphs[i + 1:] if p.strip())
        assert following.replace(" ", "").startswith(
            paragraphs[i][1:-3].replace(" ", "")), (paragraphs[i], following)


def test_the_docx_is_a4_with_official_margins_and_sarabun_16(demo):
    document, _ = _text(documents.docx(demo, "agenda"))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 1) == 3.0 and round(section.right_margin.cm, 1) == 2.0
    normal = document.styles["Normal"].font
    assert normal.name == "Sarabun" and normal.size.pt == 16
    assert "หนองคาย “เมืองน่าอยู่" in section.header.paragraphs[0].text
