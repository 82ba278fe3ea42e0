"""Thai in bold and regular, at every size the documents use, copies out of a WeasyPrint PDF
as written in poppler, PDFium, pdfminer and pypdf (pcio.lib.thaipdf)."""

import pytest

from pcio.lib import thaipdf
from pcio.lib.tests.readers import READERS, found
from pcio.meetings.documents import FONTS

# Marks stacked on marks (ที่, ครั้ง: the tone is drawn raised, in a text run of its own),
# marks past the end of a bold letter (ทีแ่ล้ว), ำ after a tone mark, tall letters (ปั้น, ฝั่ง).
LINES = [
    "มติที่ประชุม",
    "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
    "คณะกรรมการผู้บริหาร จังหวัดหนองคาย",
    "มุ่งสู่เกษตรอินทรีย์ ท่องเที่ยววิถีลุ่มน้ำโขง",
    "ผู้ที่ได้รับมอบหมาย กี่ปี ปู่ ฟุ้ง ญี่ปุ่น ฎีกา",
    "3.1 ผลการสำรวจ ค่ำ ปั้น กั๊ก ธุ์ ปิ่น ฝั่ง Officer",
]


def _pdf(weight, size):
    from weasyprint import HTML

    thaipdf.install()
    lines = "".join(f"<p>{line}</p>" for line in LINES)
    return HTML(string=(
        f'<html lang="th"><style>@font-face {{font-family: S; src: url({FONTS["regular"]})}}'
        f'@font-face {{font-family: S; src: url({FONTS["bold"]}); font-weight: bold}}'
        f"body {{font: {weight} {size}pt S}}</style>{lines}</html>")).write_pdf()


@pytest.mark.parametrize("weight", ["bold", "normal"])
@pytest.mark.parametrize("size", [12, 16])
def test_every_line_reads_back_in_every_reader(weight, size):
    body = _pdf(weight, size)
    for name, read in READERS.items():
        text = read(body)
        missing = [line for line in LINES if not found(line, text)]
        assert not missing, (name, missing, text)


def test_the_page_shows_what_the_glyphs_show():
    """Marks get a width in the PDF and letters a span: the drawing itself is unchanged."""
    import io

    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(_pdf("bold", 16))).pages[0]
    content = page.get_contents().get_data()
    assert b"/ActualText" in content and content.count(b"BDC") == content.count(b"EMC")
