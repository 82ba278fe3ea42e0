"""docxfonts.thai_digits_face: a face of Sarabun in which 0-9 and ๐-๙ are both drawn with
Sarabun's Thai digit glyphs (the DOCX page numbers), embedded beside Sarabun itself."""

import io

import docx
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

from pcio.lib import docxfonts
from pcio.meetings import documents

SARABUN = (documents.FONT_DIR / "Sarabun-Regular.ttf").read_bytes()
FACE = "Sarabun Thai Digits"


def test_arabic_and_thai_digits_map_to_the_thai_glyphs_with_their_outlines():
    face, original = (TTFont(io.BytesIO(data))
                      for data in (docxfonts.thai_digits_face(SARABUN, FACE), SARABUN))
    cmap, thai = face.getBestCmap(), original.getBestCmap()
    for n in range(10):
        assert cmap[0x30 + n] == cmap[0xE50 + n]
        assert face["hmtx"][cmap[0x30 + n]] == original["hmtx"][thai[0xE50 + n]]
        assert _outline(face, cmap[0x30 + n]) == _outline(original, thai[0xE50 + n])
    assert not set(cmap) - {*range(0x30, 0x3A), *range(0xE50, 0xE5A)}  # digits only


def _outline(font, glyph):
    pen = RecordingPen()
    font.getGlyphSet()[glyph].draw(pen)
    return pen.value


def test_the_face_has_its_own_name():
    names = TTFont(io.BytesIO(docxfonts.thai_digits_face(SARABUN, FACE)))["name"]
    assert names.getDebugName(1) == FACE
    assert names.getDebugName(3) == names.getDebugName(6) == "SarabunThaiDigits-Regular"


def test_a_second_family_embeds_beside_the_first_with_its_own_relations():
    out = io.BytesIO()
    docx.Document().save(out)
    body = docxfonts.embed(out.getvalue(), "Sarabun", {"regular": SARABUN})
    face = docxfonts.thai_digits_face(SARABUN, FACE)
    body = docxfonts.embed(body, FACE, {"regular": face})
    assert docxfonts.embedded(body, "Sarabun") == {"embedRegular": SARABUN}
    assert docxfonts.embedded(body, FACE) == {"embedRegular": face}
