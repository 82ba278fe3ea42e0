"""Agenda, minutes and meeting pack as PDF (WeasyPrint) and DOCX (python-docx).

Both formats are drawn from one list of blocks, printed (`printed`) with every number in the
digits of PCIO_DOCUMENT_DIGITS. The PDF layout tells which words open each page; they are
printed as the continuation cue at the foot of the page before ("/ตัวชี้วัด..."), as Thai
offices do, on an overlay in the page margin, so they cannot move the page breaks they
describe. The DOCX is left to Word or LibreOffice to paginate (their fonts and line breaking
differ from WeasyPrint's, so breaks copied from the PDF came on top of their own and left
nearly empty pages): headings and resolutions are kept with their text instead, and without
fixed breaks there is no place a cue could be known to fall, so the DOCX has none.
Page numbers follow งานสารบรรณ: none on the first page, "- ๒ -" centred at the top from the
second.
"""

import io
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import fontpkg_sarabun
from django.conf import settings
from django.template.loader import render_to_string

from pcio.front import installation
from pcio.lib import docxfonts, thaibreak, thaipdf
from pcio.lib.thai import MONTHS, digits_as
from pcio.meetings import minutes, registry, rules
from pcio.meetings.services import heading_date

log = logging.getLogger(__name__)
FONT_DIR = fontpkg_sarabun.ROOT / "files"
FONTS = {"regular": (FONT_DIR / "Sarabun-Regular.ttf").as_uri(),
         "bold": (FONT_DIR / "Sarabun-Bold.ttf").as_uri()}
STARS = "*" * 47


@dataclass
class Block:
    kind: str  # title center stars section item by p table closing resolution h1 h2 cover
    text: str = ""
    table: dict = field(default_factory=dict)
    attachment: object = None

    def sign_lines(self):
        return signature_lines(self)

    def lines(self):
        """A centred block's lines, balanced so that no word is left alone on the last."""
        if self.kind not in CENTRED:
            return [self.text]
        bold, size = CENTRED[self.kind]
        return thaibreak.balanced(self.text, TEXT_WIDTH_PT * 0.96, _measure(bold, size))

    def widths(self):
        """Column widths in per cent: each column gets room for its longest word (so no word
        is broken inside), and what is left goes to the columns with most to say; when the
        words do not all fit, numbers and dates keep theirs and long words give way. A fixed
        table layout is several times faster to lay out than letting the renderer measure
        every cell; the DOCX gets the same widths."""
        shares = _shares(*self._floors(self.text_size()))
        return [round(100 * share / sum(shares), 2) for share in shares]

    def text_size(self):
        """The table's type size: 14 pt, or down to 12 pt when its words need it to fit."""
        fits = (size for size in TABLE_SIZES if sum(self._floors(size)[1]) <= TEXT_WIDTH_PT)
        return next(fits, TABLE_SIZES[-1])

    def _floors(self, size):
        """Per column: the widths of its longest number, longest word and longest text."""
        columns = self.table.get("columns") or []
        rows = [(row, False) for row in self.table.get("rows") or []]
        rows = [(columns, True), *rows] if columns else rows
        count = max((len(row) for row, _ in rows), default=0)
        cells = [[(str(row[i]), bold) for row, bold in rows if i < len(row)]
                 for i in range(count)]
        return [[max((measure(text, _measure(bold, size)) for text, bold in column),
                     default=0) + PAD for column in cells]
                for measure in (_longest_number, _longest_word, _whole)]


PAD = 10  # points of cell padding and rule beside each column's text (as the PDF draws it)
TABLE_SIZES = (14, 13, 12)
# A date (30 พฤศจิกายน 2569) stays on one line of its cell, as one unbreakable run.
DATE = re.compile(rf"[0-9๐-๙]{{1,2}} (?:{'|'.join(MONTHS)}) [0-9๐-๙]{{4}}")
NUMBER = re.compile(r"[-+−]?[0-9๐-๙][0-9๐-๙.,:/%–-]*")


def _shares(numbers, words, texts):
    """Each column's width: room for its longest word and a share of what is left as its
    text would take it, or, when the words do not fit, room for its numbers and a share of
    the rest as its words would take it."""
    floor, wants = (words, texts) if sum(words) <= TEXT_WIDTH_PT else (numbers, words)
    spare = TEXT_WIDTH_PT - sum(floor)
    extra = [max(w - f, 0) for w, f in zip(wants, floor, strict=True)]
    if spare <= 0 or not sum(extra):
        return floor
    return [f + min(e, spare * e / sum(extra)) for f, e in zip(floor, extra, strict=True)]


def _whole(text, measure):
    return min(measure(text), TEXT_WIDTH_PT)


def _longest_number(text, measure):
    return max((measure(run) for run in DATE.findall(text) + NUMBER.findall(text)), default=0)


def _longest_word(text, measure):
    """The width of the longest run a line cannot break: a date, a Thai word (Thai breaks
    between words, as PyThaiNLP reads them), a Latin word or a number."""
    runs = DATE.findall(text) + DATE.sub(" ", text).split() or [""]
    return max(measure(word) for run in runs for word in _words(run))


def _words(run):
    if DATE.fullmatch(run) or not rules.THAI.search(run):
        return [run]
    return [word for word, _ in thaibreak.pieces(run)]


# ---- printing ------------------------------------------------------------------------------

TEXT_WIDTH_PT = (21 - 3 - 2) / 2.54 * 72  # A4 less the official 3 cm and 2 cm margins
CENTRED = {"title": (True, 16), "center": (False, 16), "cover": (True, 20)}  # bold, size


@lru_cache(maxsize=4)
def _measure(bold, size):
    """The width in points of a line of Sarabun (advances only: Thai marks take none)."""
    from fontTools.ttLib import TTFont

    font = TTFont(FONT_DIR / f"Sarabun-{'Bold' if bold else 'Regular'}.ttf", lazy=True)
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    scale = size / font["head"].unitsPerEm

    def measure(text):
        return scale * sum(metrics[cmap[ord(c)]][0] for c in text if ord(c) in cmap)
    return measure


def printed(blocks):
    """The blocks as every document prints them: each number in the digits of
    PCIO_DOCUMENT_DIGITS, whether the system wrote it or a person typed it. Converting here,
    once for PDF and DOCX, leaves the records (and the issued blocks) as they were written."""
    style = settings.PCIO_DOCUMENT_DIGITS
    return [replace(b, text=digits_as(b.text, style), table=_printed(b.table, style))
            for b in blocks]


def _printed(value, style):
    if isinstance(value, dict):
        return {key: _printed(item, style) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_printed(item, style) for item in value]
    return value if value is None or isinstance(value, bool) else digits_as(value, style)


# ---- blocks --------------------------------------------------------------------------------

def _items(meeting):
    return list(meeting.items.select_related("resolution").prefetch_related("attachments"))


def _heading(meeting, title):
    return [Block("title", title), Block("title", meeting.committee.name_th),
            Block("center", f"ครั้งที่ {meeting.label}"), Block("center", heading_date(meeting)),
            Block("center", f"ณ {meeting.venue}"), Block("stars", STARS)]


def agenda_blocks(meeting, embeds=None, as_of=None):
    embeds = registry.available() if embeds is None else embeds
    items = _items(meeting)
    numbers = rules.number_attachments(items)
    blocks, section = _heading(meeting, "ระเบียบวาระการประชุม"), None
    for item, number in rules.number_items(items):
        if item.section != section:
            section = item.section
            blocks.append(Block("section", rules.section_heading(section)))
        blocks += _item_blocks(item, number, numbers, embeds, as_of)
    return [*blocks, Block("stars", STARS)]


def _item_blocks(item, number, numbers, embeds, as_of):
    refs = " ".join(f"(เอกสาร {numbers[a.pk]})" for a in item.attachments.all())
    blocks = [Block("item", f"{number} {item.title}")] if number else []
    if item.presenter:
        blocks.append(Block("by", f"(โดย {item.presenter}) {refs}".strip()))
    blocks += body_blocks(item.body, embeds, as_of)
    if refs and not item.presenter:
        blocks.append(Block("p", refs))
    if item.cites:
        blocks.append(Block("p", f"(อ้างถึง {item.cites})"))
    if item.closing_line():
        blocks.append(Block("closing", item.closing_line()))
    if item.section != 5:
        blocks.append(Block("resolution"))
    return blocks


def body_blocks(text, embeds, as_of=None):
    blocks = []
    for b in rules.parse_body(text):
        if b.kind == "embed":
            table = registry.render(b.app, b.name, b.params, embeds, as_of=as_of)
            blocks.append(Block("table", table=table))
        elif b.kind == "table":
            blocks.append(Block("table", table={"columns": b.rows[0], "rows": b.rows[1:]}))
        else:
            blocks.append(Block(b.kind, b.text))
    return blocks


MINUTES_KINDS = {"person": "person", "h1": "h1", "section": "section", "item": "item",
                 "by": "by", "p": "p", "resolution": "resolution"}


def minutes_blocks(meeting, embeds=None, as_of=None):
    blocks = _heading(meeting, "รายงานการประชุม")
    for line in minutes.minutes_lines(meeting):
        if line.kind == "sign":
            name, position = line.extra
            blocks.append(Block("sign", line.text, table={"name": name, "position": position}))
        elif line.kind == "person":
            blocks.append(Block("person", f"{line.extra[0]}. {line.text}"))
        else:
            blocks.append(Block(MINUTES_KINDS[line.kind], line.text))
    return blocks


def pack_blocks(meeting, embeds=None, as_of=None):
    """The agenda, then a numbered cover page for each attachment and what it holds."""
    embeds = registry.available() if embeds is None else embeds
    blocks = agenda_blocks(meeting, embeds, as_of)
    items = _items(meeting)
    numbers = rules.number_attachments(items)
    for item in items:
        for attachment in item.attachments.all():
            blocks.append(Block("cover", f"เอกสาร {numbers[attachment.pk]} {attachment.title}",
                                attachment=attachment))
            blocks += _attachment_blocks(attachment, embeds, as_of)
    return blocks


def _attachment_blocks(attachment, embeds, as_of):
    """What follows a cover page in the pack: a generated table, or a line saying where the
    document is when pcio has no file to print after the cover."""
    if attachment.embed:
        return body_blocks(f"[[{attachment.embed}]]", embeds, as_of)
    if attachment.minutes_of_id or _merged_file(attachment):
        return []
    name = attachment.file.name.rsplit("/", 1)[-1] if attachment.file else ""
    why = (f"(ไฟล์ {name} แนบแยกต่างหาก ดาวน์โหลดได้จากหน้าระเบียบวาระในระบบ)" if name
           else "(ไม่มีไฟล์เอกสารนี้ในระบบ ขอรับได้ที่ฝ่ายเลขานุการ)")
    return [Block("center", why)]


def _merged_file(attachment):
    return attachment.file and attachment.file.name.lower().endswith(".pdf")


BUILDERS = {"agenda": agenda_blocks, "minutes": minutes_blocks, "pack": pack_blocks}
TITLES = {"agenda": "ระเบียบวาระการประชุม", "minutes": "รายงานการประชุม",
          "pack": "เอกสารประกอบการประชุม"}


# ---- PDF -----------------------------------------------------------------------------------

def _html(blocks, title):
    return render_to_string("meetings/doc/document.html", {
        "blocks": [_view(block) for block in blocks], "title": title, "fonts": FONTS,
        "slogan": installation.slogan().replace('"', '\\"'),
        "page_digits": "thai" if settings.PCIO_DOCUMENT_DIGITS == "thai" else "decimal",
    })


def _view(block):
    """What the template prints of a block (HTML), its Thai broken only between words."""
    from django.utils.safestring import mark_safe

    def keep(text):
        return mark_safe(thaibreak.keep_words(text))  # noqa: S308 (keep_words escapes)
    return {"kind": block.kind, "text": keep(block.text),
            "lines": [keep(line) for line in block.lines()],
            "table": _printed_with(block.table, keep), "widths": block.widths(),
            "size": block.text_size() if block.kind == "table" else None,
            "sign_lines": [keep(line) for line in block.sign_lines()]}


def _printed_with(value, convert):
    if isinstance(value, dict):
        return {key: _printed_with(item, convert) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_printed_with(item, convert) for item in value]
    return value if value is None or isinstance(value, bool) else convert(str(value))


def layout(blocks, title):
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    return HTML(string=_html(blocks, title)).render(font_config=fonts)


def page_starts(document):
    """[(block index, first line text)] for each page of a laid-out document."""
    return [_first_line(page._page_box) for page in document.pages]


def _first_line(page_box):
    from weasyprint.formatting_structure import boxes

    def walk(box, block):
        block = (box.element.get("data-b") if box.element is not None and
                 box.element_tag != "html" and box.element.get("data-b") else block)
        if isinstance(box, boxes.LineBox):
            text = "".join(t.text for t in box.descendants() if isinstance(t, boxes.TextBox))
            text = thaibreak.unmarked(text).strip()
            if text:
                return int(block) if block else None, text
        for child in getattr(box, "children", []):
            if not isinstance(child, boxes.MarginBox):
                found = walk(child, block)
                if found:
                    return found
        return None

    return walk(page_box, None) or (None, "")


def cues_for(starts, blocks):
    """The cue printed on each page: the first words of the next one; none on the last page
    or before an attachment's cover page."""
    return ["" if index is not None and blocks[index].kind == "cover"
            else rules.cue(text).replace('"', '\\"') for index, text in starts[1:]]


def render_pdf(blocks, title):
    """(pdf bytes, page starts). The cues are printed on a second, nearly empty document
    laid over the first, which is much cheaper than laying the whole agenda out again."""
    thaipdf.install()
    document = layout(blocks, title)
    starts = page_starts(document)
    return _stamp(document.write_pdf(), cues_for(starts, blocks)), starts


def _stamp(body, cues):
    from pypdf import PdfReader, PdfWriter
    from weasyprint import HTML

    if not any(cues):
        return body
    html = render_to_string("meetings/doc/cues.html", {"cues": cues, "fonts": FONTS})
    overlay = PdfReader(io.BytesIO(HTML(string=html).write_pdf()))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body)))
    for page, cue, stamp in zip(writer.pages, cues, overlay.pages, strict=False):
        if cue:
            page.merge_page(stamp)
            page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf(meeting, doc="agenda"):
    """The document as sent when it has been issued, else as it would be sent now."""
    return _served(meeting, doc, "pdf") or live_pdf(meeting, doc)


def docx(meeting, doc="agenda"):
    return _served(meeting, doc, "docx") or live_docx(meeting, doc)


def _served(meeting, doc, fmt):
    from pcio.meetings import issuing

    issued = issuing.latest(meeting, doc)
    return issuing.stored(issued, fmt) if issued else None


def live_pdf(meeting, doc="agenda", blocks=None):
    blocks = BUILDERS[doc](meeting) if blocks is None else blocks
    return _pdf_and_starts(doc, blocks)[0]


def live_docx(meeting, doc="agenda", blocks=None):
    """The same blocks as Word, which paginates them itself."""
    blocks = BUILDERS[doc](meeting) if blocks is None else blocks
    return render_docx(printed(blocks))


def render(meeting, doc, blocks):
    """(PDF, DOCX) of the same blocks."""
    return _pdf_and_starts(doc, blocks)[0], render_docx(printed(blocks))


def _pdf_and_starts(doc, blocks):
    body, starts = render_pdf(printed(blocks), TITLES[doc])
    if doc == "pack":
        body = _append_attachment_pdfs(body, blocks, starts)
    return body, starts


def _append_attachment_pdfs(body, blocks, starts):
    """Put each attachment that is itself a PDF right after its cover page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body)))
    inserted = 0
    for page_number, (index, _) in enumerate(starts, start=1):
        attachment = blocks[index].attachment if index is not None else None
        reader = _attachment_reader(attachment) if attachment is not None else None
        if reader is None:
            continue
        for offset, page in enumerate(reader.pages):
            writer.insert_page(page, page_number + inserted + offset)
        inserted += len(reader.pages)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _attachment_reader(attachment):
    """The attachment's own pages: the minutes pcio made (as certified once they are), or an
    uploaded PDF. A file that is not a readable PDF is left to its cover page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if attachment.minutes_of_id:
        return PdfReader(io.BytesIO(pdf(attachment.minutes_of, "minutes")))
    if not _merged_file(attachment):
        return None
    try:
        with attachment.file.open("rb") as handle:
            return PdfReader(io.BytesIO(handle.read()))
    except (OSError, PdfReadError):
        log.warning("attachment %s is not a readable PDF", attachment.pk)
        return None


# ---- DOCX ----------------------------------------------------------------------------------
# Word and LibreOffice format Thai as a complex script: with w:bCs and w:szCs, not w:b and
# w:sz. Every run, style, table cell and header sets both, or Thai headings lose their bold and
# Thai in tables keeps the body size. Lines are set exactly as high as the PDF's (1.35 em):
# Sarabun's own line gap is far larger in Word (Windows metrics) than in LibreOffice, and the
# page counts would part from the PDF's.

LINE = 1.35
STYLE = {  # kind: (bold, centred, left indent cm, first-line indent cm, space before em)
    "title": (True, True, 0, 0, 0), "center": (False, True, 0, 0, 0),
    "stars": (False, True, 0, 0, 0), "section": (True, False, 0, 0, 0.6),
    "h1": (True, False, 0, 0, 0.4), "item": (True, False, 1, 0, 0.4),
    "h2": (True, False, 1, 0, 0.4), "by": (False, False, 1.5, 0, 0),
    "p": (False, False, 0, 2.5, 0), "closing": (False, False, 0, 2.5, 0.3),
    "resolution": (False, False, 0, 0, 0.3), "cover": (True, True, 0, 0, 0),
    "person": (False, False, 1, 0, 0),
}
# Headings stay on the page of what they introduce, as in the PDF (break-after: avoid).
KEEP_WITH_NEXT = {"title", "center", "stars", "section", "h1", "item", "h2", "by"}
# ...and an item's last lines stay with its closing line and resolution (break-before: avoid).
KEPT_WITH_BEFORE = {"closing", "resolution"}
SIGN_LINE = "." * 45
DIGITS_FACE = "Sarabun Thai Digits"  # page numbers: docxfonts.thai_digits_face


def signature_lines(block):
    """(ลงชื่อ) ..., (typed name), position, role: the signature block of official minutes."""
    name, position = block.table.get("name"), block.table.get("position")
    return [f"(ลงชื่อ) {SIGN_LINE}", f"({name or SIGN_LINE})", position or "", block.text]


def render_docx(blocks):
    from docx import Document

    document = Document()
    _page_setup(document)
    for block, following in zip(blocks, [*blocks[1:], None], strict=True):
        last = DOCX_BLOCKS.get(block.kind, _docx_paragraph)(document, block)
        if last is not None and following is not None and following.kind in KEPT_WITH_BEFORE:
            last.paragraph_format.keep_with_next = True
    out = io.BytesIO()
    document.save(out)
    body = docxfonts.embed(out.getvalue(), "Sarabun", {
        style: (FONT_DIR / f"Sarabun-{style.title()}.ttf").read_bytes()
        for style in ("regular", "bold")})
    if settings.PCIO_DOCUMENT_DIGITS == "thai":
        body = docxfonts.embed(body, DIGITS_FACE, {"regular": _digits_face()})
    return body


@lru_cache(maxsize=1)
def _digits_face():
    return docxfonts.thai_digits_face((FONT_DIR / "Sarabun-Regular.ttf").read_bytes(),
                                      DIGITS_FACE)


def _run(paragraph, text, bold=False, size=None):
    run = paragraph.add_run(text)
    if bold:
        run.font.bold = run.font.cs_bold = True
    if size:
        _size(run, size)
    return run


def _size(style_or_run, points):
    """w:sz and, right after it as the schema orders them, w:szCs: Thai's own size."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style_or_run.font.size = Pt(points)
    rpr = style_or_run.element.get_or_add_rPr()
    complex_size = rpr.find(qn("w:szCs"))
    if complex_size is None:
        complex_size = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(complex_size)
    complex_size.set(qn("w:val"), str(round(points * 2)))


def _spacing(paragraph, points, before=0, line=LINE):
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(points * line)
    paragraph.paragraph_format.space_before = Pt(before * points)


def _normal_style(document):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    normal = document.styles["Normal"]
    normal.font.name = "Sarabun"
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Sarabun")
    _size(normal, 16)
    language = OxmlElement("w:lang")  # Latin words break as English, Thai as Thai
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:bidi"), "th-TH")
    rpr.append(language)
    normal.paragraph_format.space_after = 0
    normal.paragraph_format.widow_control = True
    _spacing(normal, 16)


def _page_setup(document):
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    section.header_distance = Cm(0.9)
    _normal_style(document)
    section.different_first_page_header_footer = True  # the first page has no number
    _header_line(section.first_page_header.paragraphs[0], installation.slogan())
    _page_number(section.header.paragraphs[0], section)
    _header_line(section.header.add_paragraph(), installation.slogan())


def _header_line(paragraph, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(paragraph, 12)
    return _run(paragraph, text, size=12) if text else None


def _page_number(paragraph, section):
    """"- ๒ -": a PAGE field in the section's page number format, which Word shows as Thai
    digits (thaiNumbers). LibreOffice (7.4 to 25.x) has no OOXML way to Thai digits:
    writerfilter's ConversionHelper reads thaiNumbers (and thaiCounting) as Arabic, and
    thaiLetters and the field switches ThaiArabic, ThaiCardText and ThaiLetter all as Thai
    letters (ก ข ค); a run's language changes its digits only under a user option (Numerals:
    Context). So the field stays a plain PAGE, which is never letters, set in DIGITS_FACE, a
    face whose 0-9 are drawn as ๐-๙: LibreOffice draws its "2" as ๒ (the number copied out
    of its PDF is still "2") and Word draws its own ๒ with the same glyph. The runs are marked
    Thai for LibreOffice's Context option too."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    thai = settings.PCIO_DOCUMENT_DIGITS == "thai"
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:fmt"), "thaiNumbers" if thai else "decimal")
    section._sectPr.find(qn("w:pgMar")).addnext(numbering)
    _header_line(paragraph, "- ")
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None),
                       ("result", "๒" if thai else "2"), ("end", None)):
        run = _run(paragraph, "", size=12)
        if thai:
            _in_thai_digits(run)
        run._r.append(_field_part(kind, text))
    _run(paragraph, " -", size=12)


def _in_thai_digits(run):
    """The run in DIGITS_FACE (for every script: Word sets ๒ with w:cs, LibreOffice "2" with
    w:ascii) and in Thai (w:val is the language LibreOffice takes for digits, w:bidi Word's)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = run._r.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), DIGITS_FACE)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "th-TH")
    language.set(qn("w:bidi"), "th-TH")
    properties.append(language)


def _field_part(kind, text):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if kind == "instr":
        element = OxmlElement("w:instrText")
        element.set(qn("xml:space"), "preserve")
        element.text = text
    elif kind == "result":
        element = OxmlElement("w:t")
        element.text = text
    else:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
    return element


def _docx_paragraph(document, block):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm

    bold, centred, left, first, before = STYLE.get(block.kind, STYLE["p"])
    size = CENTRED.get(block.kind, (bold, 16))[1]
    paragraph = document.add_paragraph()
    form = paragraph.paragraph_format
    form.left_indent, form.first_line_indent = Cm(left), Cm(first)
    form.keep_with_next = block.kind in KEEP_WITH_NEXT
    _spacing(paragraph, size, before)
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if block.kind == "cover":
        form.page_break_before, form.space_before = True, Cm(8)
    if block.kind == "resolution":
        _run(paragraph, "มติที่ประชุม ", bold=True)
        _run(paragraph, block.text or "." * 95)
        return paragraph
    lines = block.lines()
    for n, line in enumerate(lines):
        run = _run(paragraph, line, bold=bold, size=size if size != 16 else None)
        if n < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return paragraph


def _docx_signature(document, block):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    for n, text in enumerate(signature_lines(block)):
        paragraph = document.add_paragraph()
        _run(paragraph, text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.left_indent = Cm(5.5)
        paragraph.paragraph_format.keep_with_next = n < 3
        _spacing(paragraph, 16, 1.2 if n == 0 else 0)
    return paragraph


def _docx_table(document, block):
    """A table with the PDF's column widths (fixed, so words are not broken inside), its
    header row repeated on each page and no row split across pages."""
    table = block.table
    if table.get("title"):
        caption = document.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        _spacing(caption, block.text_size())
        _run(caption, table["title"], bold=True, size=block.text_size())
    columns, rows = table.get("columns") or [], table.get("rows") or []
    if max([len(columns), *(len(r) for r in rows)] or [0]):
        _docx_grid(document, block, columns, rows)
    if not table.get("note"):
        return None
    note = document.add_paragraph()
    _spacing(note, 13)
    _run(note, table["note"], size=13)
    return note


def _docx_grid(document, block, columns, rows):
    from docx.shared import Cm

    widths, size = block.widths(), block.text_size()
    grid = document.add_table(rows=0, cols=len(widths))
    grid.style, grid.autofit = "Table Grid", False
    _cell_margins(grid)
    lengths = [Cm(TEXT_WIDTH_CM * w / 100) for w in widths]
    for column, length in zip(grid.columns, lengths, strict=True):
        column.width = length
    for n, row in enumerate([columns, *rows] if columns else rows):
        heading = bool(columns) and n == 0
        cells = grid.add_row()
        _row_properties(cells, heading)
        for cell, length, value in zip(cells.cells, lengths, [*row, *[""] * len(lengths)],
                                       strict=False):
            cell.width = length
            _cell_text(cell.paragraphs[0], str(value), heading, size)


def _cell_text(paragraph, text, heading, size):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    _spacing(paragraph, size, line=1.25)  # the PDF's table line height
    if heading:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(paragraph, text, bold=heading, size=size)


def _row_properties(row, heading):
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if heading:
        properties.append(OxmlElement("w:tblHeader"))


def _cell_margins(grid):
    """The PDF's cell padding (1pt 4pt), in twentieths of a point."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 20), ("left", 80), ("bottom", 20), ("right", 80)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties = grid._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


TEXT_WIDTH_CM = 21 - 3 - 2
DOCX_BLOCKS = {"table": _docx_table, "sign": _docx_signature}
