"""Thai text that copies out of WeasyPrint's PDFs as it was written.

A PDF says which text each glyph stands for (its ToUnicode map), one entry per glyph for the
whole document. WeasyPrint takes the entry from the first cluster a glyph was drawn in. Thai
shaping splits SARA AM (ำ) into NIKHAHIT + SARA AA and merges them with the tone mark before
it, so after น้ำ the SARA AA glyph stands for "้ำ" and every later า in the document copies
as "้ำ" (ความ → คว้ำม). Here a glyph stands for the character(s) the font draws it for (its
cmap, or its name such as uni0E4D0E49); ำ then copies as ํ + า, as from other Thai PDF producers.

    install()   # once, before write_pdf(); wraps WeasyPrint's font dictionary builder
"""

import io
import re
from functools import lru_cache

# Forms and ligatures of Thai marks are named after their characters: uni0E49.narrow,
# uni0E4D0E49 (NIKHAHIT with MAI THO above it, drawn for the ำ of น้ำ).
NAMED = re.compile(r"uni((?:[0-9A-F]{4})+)(?:\.|$)")


@lru_cache(maxsize=16)
def own_characters(font_bytes: bytes, index: int = 0) -> dict:
    """{glyph id: the character(s) the font draws it for}, from its cmap and glyph names."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_bytes), fontNumber=index, lazy=True)
    own = {}
    for code, name in sorted(font.getBestCmap().items()):
        own.setdefault(font.getGlyphID(name), chr(code))
    for glyph_id, name in enumerate(font.getGlyphOrder()):
        found = NAMED.match(name)
        if found and glyph_id not in own:
            hexes = found[1]
            own[glyph_id] = "".join(chr(int(hexes[i:i + 4], 16))
                                    for i in range(0, len(hexes), 4))
    return own


def correct(fonts) -> None:
    """Give each used glyph of WeasyPrint's fonts its own character where it has one."""
    for font in fonts.values():
        if getattr(font, "bitmap", False) or not font.to_unicode:
            continue
        own = own_characters(font.file_content, font.index)
        for glyph_id in font.to_unicode:
            if glyph_id in own:
                font.to_unicode[glyph_id] = own[glyph_id]


def install() -> None:
    """Correct the maps just before WeasyPrint writes them. WeasyPrint offers no hook between
    drawing (which fills the maps) and writing fonts, so its builder is wrapped; the tests
    read the text back and fail if a WeasyPrint release moves it."""
    import weasyprint.pdf as pdf

    build = pdf.build_fonts_dictionary
    if getattr(build, "corrects_thai", False):
        return

    def build_corrected(pdf_, fonts, *args, **kwargs):
        correct(fonts)
        return build(pdf_, fonts, *args, **kwargs)

    build_corrected.corrects_thai = True
    pdf.build_fonts_dictionary = build_corrected
