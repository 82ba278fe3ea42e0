"""The agenda DOCX carries Sarabun, so it looks the same on a PC without the font."""

import io

import docx

from pcio.lib import docxfonts
from pcio.meetings import documents


def test_the_meeting_documents_carry_sarabun_and_still_open(demo):
    body = documents.docx(demo, "agenda")
    sarabun = {f"embed{style}": (documents.FONT_DIR / f"Sarabun-{style}.ttf").read_bytes()
               for style in ("Regular", "Bold")}
    assert docxfonts.embedded(body, "Sarabun") == sarabun
    assert "ระเบียบวาระที่ 1" in "\n".join(p.text for p in docx.Document(io.BytesIO(body)).paragraphs)
