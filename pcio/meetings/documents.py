"""Agenda, minutes and meeting pack as PDF (WeasyPrint) and DOCX (python-docx).

Both formats are drawn from one list of blocks. The PDF layout tells which words open each
page; they are printed as the continuation cue at the foot of the page before ("/ตัวชี้วัด..."),
as Thai offices do, on an overlay in the page margin, so they cannot move the page breaks they
describe. The DOCX gets the same breaks and cues.
"""

import io
import logging
from dataclasses import dataclass, field

import fontpkg_sarabun
from django.conf import settings
from django.template.loader import render_to_string

from pcio.lib import docxfonts, thaipdf
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

    def widths(self):
        """Column widths in per cent from the cells' text lengths: a fixed table layout is
        several times faster to lay out than letting the renderer measure every cell."""
        rows = [self.table.get("columns") or [], *(self.table.get("rows") or [])]
        count = max((len(row) for row in rows), default=0)
        cells = [[str(row[i]) for row in rows if i < len(row)] for i in range(count)]
        weights = [max(2 + max(map(_longest_word, column), default=0),
                       min(40, max(map(len, column), default=0)) / 2) for column in cells]
        return [round(100 * w / sum(weights), 2) for w in weights]


def _longest_word(text):
    """Letters in the longest run a line cannot break: Thai breaks between words, so a Thai
    run counts as a short word; Latin words and numbers cannot break at all."""
    runs = text.split() or [""]
    return max(min(len(rules.MARKS.sub("", run)), 6) if rules.THAI.search(run)
               else 1.3 * len(run) for run in runs)


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
        "blocks": blocks, "title": title, "fonts": FONTS,
        "slogan": settings.PCIO_MEETINGS_SLOGAN.replace('"', '\\"'),
    })


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
            if text.strip():
                return int(block) if block else None, text.strip()
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
    """The same blocks as Word; page breaks and cues follow the PDF's layout."""
    blocks = BUILDERS[doc](meeting) if blocks is None else blocks
    starts = page_starts(layout(blocks, TITLES[doc]))
    return render_docx(split_at_pages(blocks, starts))


def render(meeting, doc, blocks):
    """(PDF, DOCX) of the same blocks, laid out once."""
    body, starts = _pdf_and_starts(doc, blocks)
    return body, render_docx(split_at_pages(blocks, starts))


def _pdf_and_starts(doc, blocks):
    body, starts = render_pdf(blocks, TITLES[doc])
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

def split_at_pages(blocks, starts):
    """Blocks with a cue and a page break wherever the PDF starts a new page.

    A page that starts inside a paragraph splits that paragraph at the same words. A page that
    starts inside a table keeps the table whole (Word repeats its header row) and has no cue.
    """
    breaks = {}
    for index, text in starts[1:]:
        if index is not None:
            breaks.setdefault(index, []).append(text)
    out = []
    for index, block in enumerate(blocks):
        for text in breaks.get(index, []):
            before, block = _break_before(block, text)
            out += before
        out.append(block)
    return out


def _break_before(block, text):
    """(blocks to insert: cue and break, and the paragraph's first part when the page breaks
    inside it; the block that opens the new page)."""
    if block.kind == "table" and not _starts_table(block, text):
        return [], block
    head = ""
    if block.kind not in ("table", "cover", "resolution"):
        position = block.text.find(text[:20])
        head = block.text[:position].rstrip() if position > 0 else ""
    cue_block = Block("cue", rules.cue(text))
    if not head:
        return [cue_block, Block("break")], block
    rest = Block(block.kind.removesuffix("-cont") + "-cont", block.text[len(head):].lstrip())
    return [Block(block.kind, head), cue_block, Block("break")], rest


def _starts_table(block, text):
    first = (block.table.get("title") or
             (block.table.get("columns") or [""])[0] or "")
    return bool(first) and first.strip().startswith(text[:10])


def render_docx(blocks):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    _page_setup(document, Cm)
    for block in blocks:
        if block.kind == "break":
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        elif block.kind == "table":
            _docx_table(document, block.table, Pt)
        else:
            _docx_paragraph(document, block, Cm, WD_ALIGN_PARAGRAPH)
    out = io.BytesIO()
    document.save(out)
    return docxfonts.embed(out.getvalue(), "Sarabun", {
        style: (FONT_DIR / f"Sarabun-{style.title()}.ttf").read_bytes()
        for style in ("regular", "bold")})


def _font(style_or_run, size_pt):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style_or_run.font.name = "Sarabun"
    style_or_run.font.size = Pt(size_pt)
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Sarabun")
    size = rpr.find(qn("w:szCs"))
    if size is None:
        size = rpr.makeelement(qn("w:szCs"), {})
        rpr.append(size)
    size.set(qn("w:val"), str(size_pt * 2))  # Thai is a complex script: its own size


def _page_setup(document, Cm):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    _font(document.styles["Normal"], 16)
    document.styles["Normal"].paragraph_format.space_after = 0
    header = section.header.paragraphs[0]
    header.text = settings.PCIO_MEETINGS_SLOGAN
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(section.footer.paragraphs[0])
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _page_number(paragraph):
    """"- ๑ -": a PAGE field in Thai digits (\\* ThaiArabic)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run("- ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE \\* ThaiArabic "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    paragraph.add_run(" -")


STYLE = {  # kind: (bold, centred, left indent cm, first-line indent cm)
    "title": (True, True, 0, 0), "center": (False, True, 0, 0), "stars": (False, True, 0, 0),
    "section": (True, False, 0, 0), "h1": (True, False, 0, 0), "item": (True, False, 1, 0),
    "h2": (True, False, 1, 0), "by": (False, False, 1.5, 0), "p": (False, False, 0, 2.5),
    "closing": (False, False, 0, 2.5), "resolution": (False, False, 0, 0),
    "cover": (True, True, 0, 0), "cue": (False, False, 0, 0),
    "person": (False, False, 1, 0),
}
SIGN_LINE = "." * 45


def signature_lines(block):
    """(ลงชื่อ) ..., (typed name), position, role: the signature block of official minutes."""
    name, position = block.table.get("name"), block.table.get("position")
    return [f"(ลงชื่อ) {SIGN_LINE}", f"({name or SIGN_LINE})", position or "", block.text]


def _docx_paragraph(document, block, Cm, Align):
    kind = block.kind.removesuffix("-cont")
    bold, centred, left, first = STYLE.get(kind, STYLE["p"])
    if block.kind.endswith("-cont"):
        first = 0  # the second half of a paragraph split across pages
    if kind == "cover":
        document.add_page_break()
    if kind == "sign":
        return _docx_signature(document, block, Cm, Align)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.left_indent = Cm(left)
    paragraph.paragraph_format.first_line_indent = Cm(first)
    if centred:
        paragraph.alignment = Align.CENTER
    if kind == "cue":
        paragraph.alignment = Align.RIGHT
    if kind == "resolution":
        paragraph.add_run("มติที่ประชุม ").bold = True
        paragraph.add_run(block.text or "." * 95)
        return
    paragraph.add_run(block.text).bold = bold


def _docx_signature(document, block, Cm, Align):
    for n, text in enumerate(signature_lines(block)):
        paragraph = document.add_paragraph(text)
        paragraph.alignment = Align.CENTER
        paragraph.paragraph_format.left_indent = Cm(5.5)
        paragraph.paragraph_format.keep_with_next = n < 3
        if n == 0:
            paragraph.paragraph_format.space_before = Cm(1)


def _docx_table(document, table, Pt):
    if table.get("title"):
        document.add_paragraph().add_run(table["title"]).bold = True
    columns, rows = table.get("columns") or [], table.get("rows") or []
    width = max([len(columns), *(len(r) for r in rows)] or [0])
    if width:
        grid = document.add_table(rows=0, cols=width)
        grid.style = "Table Grid"
        for n, row in enumerate([columns, *rows] if columns else rows):
            cells = grid.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = str(value)
                for run in cell.paragraphs[0].runs:
                    run.font.size, run.bold = Pt(14), bool(columns) and n == 0
    if table.get("note"):
        document.add_paragraph(table["note"])
