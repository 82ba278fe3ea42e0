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
from dataclasses import dataclass
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
THAI = re.compile("[\u0e01-\u0e5b]")


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


# ---- spans with ActualText ----------------------------------------------------------------
# A span runs from a Thai letter with marks to the next space (or the end of the line): PDFium
# reads a span's text at its first run, and the gap to what follows from that run's last
# glyph, so a span that ends on a mark reads as a word break; one that ends on a space does
# not. PDFium drops a run of spaces alone, so spaces just before a span go into it.

@dataclass
class Span:
    index: int            # where its property list sits in the stream
    texts: list           # the text of each letter (with its marks) inside it
    glyphs: list          # the glyphs of its last letter, which raised marks join
    done: bool = False    # it has taken in a space: what follows starts afresh


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


def _clusters(font, tokens, before):
    """[(glyphs, tokens)]: each letter with its marks. The first holds what continues the
    letter `before` (the last one of the open span): the marks WeasyPrint draws raised, in a
    run of their own, and the adjustments around them."""
    clusters = [([], [])]
    for glyph, raw in tokens:
        glyphs = clusters[-1][0]
        if glyph is not None and not _joins(font, glyph, glyphs or
                                            (before if len(clusters) == 1 else [])):
            clusters.append(([], []))
        if glyph is not None:
            clusters[-1][0].append(glyph)
        clusters[-1][1].append(raw)
    return clusters


def _current_font(stream):
    key = getattr(stream, "_current_font", None)
    return next((font for font in stream._fonts.values()
                 if key and font.hash == key[0] and getattr(font, "marks", None)), None)


def _open(stream):
    """The span still taking in letters, if any."""
    span = getattr(stream, "thai_span", None)
    return span if span is not None and not span.done else None


def _opens(font, glyphs, last):
    """Whether a letter opens a span: it has marks, or it ends the run and is Thai (its raised
    marks, if any, come in the next run)."""
    if len(glyphs) > 1:
        return bool(cluster_text(font, glyphs))
    return last and glyphs[0] not in font.marks and bool(THAI.match(cluster_text(font, glyphs)))


def _runs(stream, font, letters):
    """[[kind, letters]]: "more" for the open span, "open" for a new span, "plain"."""
    runs, into = [], _open(stream) is not None
    for number, (glyphs, raws) in enumerate(letters, start=1):
        if into:
            if not runs or runs[-1][0] == "plain":
                runs.append(["more", []])
            runs[-1][1].append((glyphs, raws))
            into = not _blank(font, glyphs)
        elif _opens(font, glyphs, last=number == len(letters)):
            spaces = runs.pop()[1] if runs and runs[-1][0] == "plain" and all(
                _blank(font, g) for g, _ in runs[-1][1]) else []
            runs.append(["open", [*spaces, (glyphs, raws)]])
            into = True
        else:
            if not runs or runs[-1][0] != "plain":
                runs.append(["plain", []])
            runs[-1][1].append((glyphs, raws))
    return runs


def _actual_text(texts):
    text = "".join(texts)
    return f"<< /ActualText <FEFF{text.encode('utf-16-be').hex().upper()}> >>"


def _show_run(show_text, stream, font, kind, letters):
    if kind != "more":
        close_span(stream)
    if kind == "open":
        stream.begin_marked_content("Span", "")
        stream.thai_span = Span(len(stream.stream) - 2, [], [])
    show_text(stream, "".join(raw for _, raws in letters for raw in raws))
    span = getattr(stream, "thai_span", None)
    if kind != "plain" and span is not None:
        span.texts += [cluster_text(font, glyphs) for glyphs, _ in letters]
        span.glyphs, span.done = letters[-1][0], _blank(font, letters[-1][0])
        stream.stream[span.index] = _actual_text(span.texts)


def _show_raised(show_text, stream, font, glyphs, raws):
    """Adjustments and raised marks at the start of a run: the marks belong to the last
    letter of the open span."""
    span = getattr(stream, "thai_span", None)
    if glyphs and span is not None:
        span.glyphs = [*span.glyphs, *glyphs]
        span.texts[-1], span.done = cluster_text(font, span.glyphs), False
        stream.stream[span.index] = _actual_text(span.texts)
    elif glyphs:
        close_span(stream)
    if raws:
        show_text(stream, "".join(raws))


def close_span(stream):
    if getattr(stream, "thai_span", None):
        stream.thai_span = None
        stream.stream.append(b"EMC")


def show_text_in_spans(show_text, stream, text):
    """Draw a TJ run with Thai letters that have marks inside spans naming their text."""
    font = _current_font(stream)
    tokens = _tokens(text) if font is not None else None
    if tokens is None:
        close_span(stream)
        return show_text(stream, text)
    span = getattr(stream, "thai_span", None)
    raised, *letters = _clusters(font, tokens, span.glyphs if span else [])
    _show_raised(show_text, stream, font, *raised)
    for kind, run in _runs(stream, font, letters):
        _show_run(show_text, stream, font, kind, run)
    if not tokens:
        show_text(stream, text)


# ---- installing ----------------------------------------------------------------------------

def _with_mark_widths(add_font):
    def add_font_with_mark_widths(stream, pango_font):
        font, size = add_font(stream, pango_font)
        if not font.bitmap and not hasattr(font, "marks"):
            font.marks = marks(font.file_content, font.index)
            for glyph in font.marks:
                font.widths.setdefault(glyph, MARK_WIDTH)
        return font, size
    return add_font_with_mark_widths


def _closing_span_first(method):
    def close_then(stream, *args, **kwargs):
        close_span(stream)
        return method(stream, *args, **kwargs)
    return close_then


def install() -> None:
    """Correct the maps just before WeasyPrint writes them and draw text in spans. WeasyPrint
    offers no hook between drawing (which fills the maps) and writing fonts, nor around each
    run of glyphs, so its builder and stream are wrapped; the tests read the text back with
    every extractor and fail if a WeasyPrint release moves them."""
    import weasyprint.pdf as pdf
    from weasyprint.pdf.stream import Stream

    build = pdf.build_fonts_dictionary
    if getattr(build, "corrects_thai", False):
        return

    def build_corrected(pdf_, fonts, *args, **kwargs):
        correct(fonts)
        return build(pdf_, fonts, *args, **kwargs)

    def show_text(stream, text, show=Stream.show_text):
        return show_text_in_spans(show, stream, text)

    build_corrected.corrects_thai = True
    pdf.build_fonts_dictionary = build_corrected
    Stream.add_font = _with_mark_widths(Stream.add_font)
    Stream.show_text = show_text
    for name in ("end_text", "begin_marked_content", "end_marked_content"):
        setattr(Stream, name, _closing_span_first(getattr(Stream, name)))
