"""Text read back out of a WeasyPrint PDF in Thai (pcio.lib.thaipdf)."""

import io
import re

import pytest
from pdfminer.high_level import extract_text
from pypdf import PdfReader

from pcio.lib import thaipdf
from pcio.meetings.documents import FONTS

# น้ำ first: its SARA AM used to give the SARA AA glyph the text "้ำ" for the whole file.
# pdfminer and pypdf read the glyphs: ำ as NIKHAHIT + SARA AA, after its tone mark, which is
# the text as written under Unicode NFKC.
TEXT = "น้ำ ความสำคัญ กำหนด ท่าบ่อ ทำ จำนวน ป่า ปู่ ค่ำ"
READ = "น้ํา ความสําคัญ กําหนด ท่าบ่อ ทํา จํานวน ป่า ปู่ ค่ํา"


def _pdf(text):
    from weasyprint import HTML

    html = (f"<style>@font-face {{font-family: S; src: url({FONTS['regular']})}}"
            f"body {{font-family: S}}</style><p>{text}</p>")
    return HTML(string=html).write_pdf()


def _words(text):
    """Spaces as one; none before a Thai mark, where pdfminer's layout analysis may put one
    when a mark is drawn shifted (the low MAI EK of ปู่)."""
    text = re.sub(r"\s+(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])", "", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def installed():
    thaipdf.install()


def test_every_word_reads_back_with_sara_am_as_nikhahit_and_sara_aa(installed):
    body = _pdf(TEXT)
    assert _words(extract_text(io.BytesIO(body))) == READ
    assert _words(PdfReader(io.BytesIO(body)).pages[0].extract_text()) == READ


def test_a_plain_sara_aa_after_sara_am_is_not_read_as_a_tone_mark(installed):
    text = _words(extract_text(io.BytesIO(_pdf("น้ำ ความ"))))
    assert text.endswith("ความ")


def test_installing_twice_wraps_weasyprint_once(installed):
    import weasyprint.pdf as pdf

    first = pdf.build_fonts_dictionary
    thaipdf.install()
    assert pdf.build_fonts_dictionary is first


def test_positional_forms_of_marks_stand_for_their_character():
    from pathlib import Path
    from urllib.parse import unquote, urlparse

    data = Path(unquote(urlparse(FONTS["regular"]).path)).read_bytes()
    own = thaipdf.own_characters(data)
    assert "\u0e49" in own.values() and "\u0e32" in own.values()
    assert sum(1 for c in own.values() if c == "\u0e49") > 1  # the tone mark's other forms
