"""Thai text that copies out of WeasyPrint's PDFs as it was written.

Three things stand between a Thai PDF and its text; install() fixes each where WeasyPrint
writes it, so every PDF pcio makes reads back the same in poppler (pdftotext, Evince), PDFium
(Chrome), pdfminer and pypdf:

1. The ToUnicode map. A PDF says which text each glyph stands for, one entry per glyph for the
   whole document, and WeasyPrint takes the entry from the first cluster a glyph was drawn in.
   Thai shaping splits SARA AM (ำ) into NIKHAHIT + SARA AA and merges NIKHAHIT with the tone
   mark before it, so after น้ำ the SARA AA glyph stood for "้ำ" and every later า copied as
   "้ำ" (ความ → คว้ำม). Here a glyph stands for the character(s) the font draws it for (its
   cmap, or its name such as uni0E4D0E49, read tone first), so ำ copies as ํ + า: the same
   text under Unicode NFKC.
2. Marks drawn on a raised baseline. HarfBuzz puts a tone mark above a vowel mark (ที่, ครั้ง)
   with a vertical offset, which WeasyPrint draws as a text run of its own with a text rise.
   poppler and PDFium then take the mark for a word on another line (มติทป ี่ ระชุม,
   ครัง้ ทีแ ่ ล้ว). Bold Sarabun also places marks a little past the end of their letter, which
   poppler reads as the next letter overlapping them. Each letter with its marks is wrapped
   in a marked-content span whose /ActualText is the letter and marks as written (ISO 32000-1,
   14.9.4); poppler and PDFium read that instead of guessing from positions.
3. Marks of zero width. pdfminer reads no ActualText, and it starts a new line between two
   zero-width glyphs that are not at the same x (มติที / ่ประชุม). Marks get a small width in
   the PDF's /W array; WeasyPrint moves the pen back after each glyph by the difference
   between that width and the shaped advance, so nothing moves on the page.

    install()   # once, before write_pdf(); wraps WeasyPrint's font builder and text stream
"""

import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Forms and ligatures of Thai marks are named after their characters: uni0E49.narrow,
# uni0E4D0E49 (NIKHAHIT with MAI THO above it, drawn for the ำ of น้ำ).
NAMED = re.compile(r"uni((?:[0-9A-F]{4})+)(?:\.|$)")
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
# A mark's width in the PDF, in thousandths of an em: wide enough that pdfminer keeps two
# stacked marks on one line (their x differ by up to ~0.15 em), narrow enough that the mark's
# box does not reach past the next letter's start.
MARK_WIDTH = 100
TOKENS = re.compile(r"<([0-9a-f]*)>|([^<>]+)")  # WeasyPrint's TJ: <glyph ids> and adjustments


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
            own[glyph_id] = _tone_first("".join(chr(int(hexes[i:i + 4], 16))
                                                for i in range(0, len(hexes), 4)))
    return own


def _tone_first(text):
    """NIKHAHIT after the tone mark it is drawn with: น้ำ is written น ้ ำ, and ำ is ํ + า
    under NFKC, so "้ํ" + "า" reads back as the same text and "ํ้" + "า" does not."""
    return text.replace(NIKHAHIT, "") + NIKHAHIT if text.startswith(NIKHAHIT) else text


@lru_cache(maxsize=16)
def marks(font_bytes: bytes, index: int = 0) -> frozenset:
    """Glyphs drawn over or under the letter before them: no advance, combining characters."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_bytes), fontNumber=index, lazy=True)
    order, metrics = font.getGlyphOrder(), font["hmtx"].metrics
    return frozenset(glyph for glyph, text in own_characters(font_bytes, index).items()
                     if metrics[order[glyph]][0] == 0 and _combining(text))


def _combining(text):
    return all(unicodedata.category(c) == "Mn" for c in text)


def correct(fonts) -> None:
    """Give each used glyph of WeasyPrint's fonts its own character where it has one; a
    ligature such as fi keeps the letters it was drawn for rather than the font's "ﬁ"."""
    for font in fonts.values():
        if getattr(font, "bitmap", False) or not font.to_unicode:
            continue
        own = own_characters(font.file_content, font.index)
        for glyph_id, drawn_for in font.to_unicode.items():
            if glyph_id in own and not _same(own[glyph_id], drawn_for):
                font.to_unicode[glyph_id] = own[glyph_id]


def _same(own, drawn_for):
    return unicodedata.normalize("NFKC", own) == unicodedata.normalize("NFKC", drawn_for)


# ---- drawing -------------------------------------------------------------------------------
# WeasyPrint hands each line's glyphs over in runs, cut where a mark is drawn raised (a tone
# above a vowel: ครั้ง) with a text rise of its own. A run of its own on another baseline is
# what poppler and PDFium took for another word. Here the runs of a line are held back until
# the line (or its font) ends, the raised mark is drawn with a copy of its glyph raised in the
# font itself (added to the embedded subset), and the line goes out in one piece: plain runs,
# and spans from a Thai letter with marks to the next space (or the line's end). PDFium reads
# a span's text at its first run and the gap to what follows from that run's last glyph, so a
# span ending on a mark read as a word break; ending on a space it does not. PDFium drops a
# run of spaces alone, so spaces just before a span go into it.

RAISED_FROM = 256  # raised copies get glyph ids this far past the font's (WeasyPrint's
#                    stand-ins for missing glyphs take the ids just past it)


@dataclass
class Line:
    """The glyphs of a line in one font, held back until the line or the font ends."""
    font: object
    tokens: list = field(default_factory=list)
    rise: int = 0  # font units the next glyphs are raised by (WeasyPrint's text rise)


def cluster_text(font, glyphs):
    """What a letter and its marks stand for, with NIKHAHIT + SARA AA written as ำ again;
    "" when a glyph's text is unknown."""
    own = own_characters(font.file_content, font.index)
    parts = [own.get(glyph) or font.to_unicode.get(glyph) for glyph in glyphs]
    if not all(parts):
        return ""
    text = "".join(parts)
    if NIKHAHIT in text and text.endswith(SARA_AA):
        text = text[:-1].replace(NIKHAHIT, "") + SARA_AM
    return text


def _joins(font, glyph, glyphs):
    """Whether `glyph` belongs to the letter `glyphs`: a mark, or the SARA AA of a ำ."""
    if not glyphs:
        return False
    if glyph in font.marks:
        return True
    own = own_characters(font.file_content, font.index)
    return own.get(glyph) == SARA_AA and any(NIKHAHIT in own.get(g, "") for g in glyphs)


def _blank(font, glyphs):
    own = own_characters(font.file_content, font.index)
    return all(own.get(glyph, "x").isspace() for glyph in glyphs)


def _tokens(text):
    """[(glyph id or None, token as written)] of a TJ string, or None if it is not one."""
    tokens = []
    for found in TOKENS.finditer(text):
        if not found[1]:  # an adjustment, or WeasyPrint's empty <> around one
            tokens.append((None, found[0]))
        elif len(found[1]) % 4:
            return None
        else:
            tokens += [(int(found[1][i:i + 4], 16), f"<{found[1][i:i + 4]}>")
                       for i in range(0, len(found[1]), 4)]
    return tokens if sum(len(found[0]) for found in TOKENS.finditer(text)) == len(text) else None


def _clusters(font, tokens):
    """[(glyphs, tokens)]: each letter with its marks (adjustments go with the glyph before)."""
    clusters = [([], [])]
    for glyph, raw in tokens:
        if glyph is not None and not _joins(font, glyph, clusters[-1][0]):
            clusters.append(([], []))
        if glyph is not None:
            clusters[-1][0].append(glyph)
        clusters[-1][1].append(raw)
    return [cluster for cluster in clusters if cluster[1]]


def _runs(font, letters):
    """[[kind, letters]]: "span" (a Thai letter with marks up to the next space) or "plain"."""
    runs, into = [], False
    for glyphs, raws in letters:
        if into:
            runs[-1][1].append((glyphs, raws))
            into = not _blank(font, glyphs)
        elif len(glyphs) > 1 and cluster_text(font, glyphs):
            spaces = runs.pop()[1] if runs and runs[-1][0] == "plain" and all(
                _blank(font, g) for g, _ in runs[-1][1]) else []
            runs.append(["span", [*spaces, (glyphs, raws)]])
            into = True
        else:
            if not runs or runs[-1][0] != "plain":
                runs.append(["plain", []])
            runs[-1][1].append((glyphs, raws))
    return runs


def _actual_text(text):
    return f"<< /ActualText <FEFF{text.encode('utf-16-be').hex().upper()}> >>"


def _current_font(stream):
    key = getattr(stream, "_current_font", None)
    return next((font for font in stream._fonts.values()
                 if key and font.hash == key[0] and getattr(font, "marks", None)), None)


def _line(stream, font):
    """The line held back for `font`, the one held for another font sent out first."""
    line = getattr(stream, "thai_line", None)
    if line is not None and line.font is not font:
        flush(stream)
        line = None
    if line is None:
        line = stream.thai_line = Line(font)
    return line


def flush(stream):
    """Send out the line held back: plain runs as they are, spans with their ActualText."""
    line = getattr(stream, "thai_line", None)
    if line is None:
        return
    stream.thai_line = None
    for kind, letters in _runs(line.font, _clusters(line.font, line.tokens)):
        raws = " ".join(raw for _, tokens in letters for raw in tokens)
        if kind == "span":
            text = "".join(cluster_text(line.font, glyphs) for glyphs, _ in letters)
            stream.stream += [b"/Span", _actual_text(text), b"BDC"]
        SHOW["text"](stream, raws)
        if kind == "span":
            stream.stream.append(b"EMC")


def show_text_held(stream, text):
    font = _current_font(stream)
    tokens = _tokens(text) if font is not None else None
    if tokens is None:
        flush(stream)
        return SHOW["text"](stream, text)
    line = _line(stream, font)
    line.tokens += [(_raised(font, glyph, line.rise), f"<{_raised(font, glyph, line.rise):04x}>")
                    if glyph is not None and line.rise else (glyph, raw)
                    for glyph, raw in tokens]


def set_text_rise_held(stream, height):
    """A rise for the next glyph becomes a raised copy of it, on the line's own baseline."""
    font = _current_font(stream)
    if font is None or not _raisable(font):
        flush(stream)
        return SHOW["rise"](stream, height)
    _line(stream, font).rise = round(height / stream._current_font[1] * font.upem)


def _raisable(font):
    return not font.bitmap and font.file_content[:4] != b"OTTO"  # TrueType outlines


def _raised(font, glyph, rise):
    """The glyph id of `glyph` raised by `rise` font units (a copy added to the font)."""
    if not hasattr(font, "thai_raised"):
        font.thai_raised = {}
    key = (glyph, rise)
    if key not in font.thai_raised:
        font.thai_raised[key] = font.glyph_count + RAISED_FROM + len(font.thai_raised)
        new = font.thai_raised[key]
        font.widths[new] = font.widths.get(glyph, MARK_WIDTH)
        font.to_unicode[new] = own_characters(font.file_content, font.index).get(glyph, "")
        font.marks = font.marks | {new} if glyph in font.marks else font.marks
    return font.thai_raised[key]


def with_raised_glyphs(font_bytes, index, raised):
    """The font with a copy of each glyph raised: {(glyph id, font units): new glyph id}."""
    import copy

    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables import _g_l_y_f, ttProgram

    font = TTFont(io.BytesIO(font_bytes), fontNumber=index)
    order, glyf, hmtx = list(font.getGlyphOrder()), font["glyf"], font["hmtx"]
    sources = {new: copy.deepcopy(glyf[order[glyph]]) for (glyph, _), new in raised.items()}
    while len(order) <= max(raised.values()):
        order.append(f"raised{len(order)}")
        glyf.glyphs[order[-1]], hmtx.metrics[order[-1]] = _g_l_y_f.Glyph(), (0, 0)
    for (_, rise), new in raised.items():
        glyph = sources[new]
        if glyph.isComposite():
            for component in glyph.components:
                component.y += rise
        elif glyph.numberOfContours > 0:
            glyph.coordinates.translate((0, rise))
            glyph.program = ttProgram.Program()
            glyph.program.fromBytecode(b"")
        glyph.recalcBounds(glyf)
        glyf.glyphs[order[new]] = glyph
        hmtx.metrics[order[new]] = (0, getattr(glyph, "xMin", 0))
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


# ---- installing ----------------------------------------------------------------------------

SHOW = {}  # WeasyPrint's own show_text and set_text_rise


def _with_mark_widths(add_font):
    def add_font_with_mark_widths(stream, pango_font):
        font, size = add_font(stream, pango_font)
        if not font.bitmap and not hasattr(font, "marks"):
            font.marks = marks(font.file_content, font.index)
            for glyph in font.marks:
                font.widths.setdefault(glyph, MARK_WIDTH)
        return font, size
    return add_font_with_mark_widths


def _flushing_first(method):
    def flush_then(stream, *args, **kwargs):
        flush(stream)
        return method(stream, *args, **kwargs)
    return flush_then


def _cleaned_with_raised_glyphs(clean):
    """Subset the font as WeasyPrint does (its own glyphs only), then add the raised copies."""
    def clean_then_raise(font, to_unicode, hinting):
        raised = getattr(font, "thai_raised", None)
        own = {g: text for g, text in to_unicode.items() if not raised or g < font.glyph_count}
        clean(font, own, hinting)
        if raised:
            font.file_content = with_raised_glyphs(font.file_content, font.index, raised)
    return clean_then_raise


def install() -> None:
    """Correct the maps just before WeasyPrint writes them, and hold each line back to draw
    it in spans. WeasyPrint offers no hook between drawing (which fills the maps) and writing
    fonts, nor around a line's glyphs, so its builder, font and stream are wrapped; the tests
    read the text back with every extractor and fail if a WeasyPrint release moves them."""
    import weasyprint.pdf as pdf
    from weasyprint.pdf.fonts import Font
    from weasyprint.pdf.stream import Stream

    build = pdf.build_fonts_dictionary
    if getattr(build, "corrects_thai", False):
        return

    def build_corrected(pdf_, fonts, *args, **kwargs):
        correct(fonts)
        return build(pdf_, fonts, *args, **kwargs)

    build_corrected.corrects_thai = True
    pdf.build_fonts_dictionary = build_corrected
    SHOW.update(text=Stream.show_text, rise=Stream.set_text_rise)
    Font.clean = _cleaned_with_raised_glyphs(Font.clean)
    Stream.add_font = _with_mark_widths(Stream.add_font)
    Stream.show_text, Stream.set_text_rise = show_text_held, set_text_rise_held
    for name in ("set_font_size", "set_text_matrix", "end_text", "begin_marked_content",
                 "end_marked_content"):
        setattr(Stream, name, _flushing_first(getattr(Stream, name)))
