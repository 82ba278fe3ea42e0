"""Official letters of the province (หนังสือภายนอก, ระเบียบงานสารบรรณ), as PDF and DOCX.

The sender is the installation's profile: the city hall address at the top right, the
governor's name in parentheses and position under "ขอแสดงความนับถือ", and the secretariat
office's contact at the bottom left. An app says only what its letter says (`Letter`).
"""

import base64
import io
from dataclasses import dataclass, field
from datetime import date

import fontpkg_sarabun
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from pcio.front import installation
from pcio.lib import docxfonts, thaibreak, thaipdf
from pcio.lib.thai import digits_as, thai_date

FONT_DIR = fontpkg_sarabun.ROOT / "files"


@dataclass
class Letter:
    to: str  # เรียน
    subject: str  # เรื่อง
    body: list  # paragraphs; a list inside is printed as numbered lines
    number: str = ""  # ที่: the registry gives it when the letter is sent, so it may be blank
    dated: date | None = None  # today by default
    references: list = field(default_factory=list)  # อ้างถึง
    enclosures: list = field(default_factory=list)  # สิ่งที่ส่งมาด้วย


@dataclass
class Sender:
    address: list  # lines: ส่วนราชการเจ้าของหนังสือ
    signer: str
    position: str
    contact: list  # lines: ส่วนราชการเจ้าของเรื่อง, โทร., อีเมล
    seal: bytes = b""


def sender() -> Sender:
    profile = installation.profile()
    name = installation.name()
    office = profile.secretariat
    address = [line.strip() for line in profile.address.splitlines() if line.strip()]
    if name and not (address and address[0].startswith("ศาลากลาง")):
        address.insert(0, f"ศาลากลาง{name}")
    phone = profile.phone or (office.phone if office else "")
    email = profile.email or (office.email if office else "")
    contact = [office.name_th if office else "", phone and f"โทร. {phone}",
               email and f"ไปรษณีย์อิเล็กทรอนิกส์ {email}"]
    return Sender(address, profile.governor, f"ผู้ว่าราชการ{name or 'จังหวัด'}",
                  [line for line in contact if line], _seal_png(profile.seal))


def _seal_png(seal) -> bytes:
    """The uploaded seal as PNG (Word takes no WebP), or none when its file is gone: a
    missing picture must not stop a letter."""
    from PIL import Image

    if not seal:
        return b""
    try:
        with seal.open("rb"), Image.open(seal) as image:
            out = io.BytesIO()
            image.save(out, "PNG")
            return out.getvalue()
    except OSError:
        return b""


def _lines(letter: Letter, who: Sender) -> dict:
    """Every text of the letter in the documents' digits (PCIO_DOCUMENT_DIGITS)."""
    def printed(value):
        if isinstance(value, dict):
            return {key: printed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [printed(item) for item in value]
        return digits_as(value, settings.PCIO_DOCUMENT_DIGITS)
    return printed({
        "number": f"ที่ {letter.number}".strip(), "address": who.address,
        "date": thai_date(letter.dated or timezone.localdate()), "subject": letter.subject,
        "to": letter.to, "references": _numbered(letter.references, 2),
        "enclosures": _numbered(letter.enclosures, 2),
        "body": [_numbered(part) if isinstance(part, list) else part for part in letter.body],
        "signer": f"({who.signer})" if who.signer else "",
        "position": who.position, "contact": who.contact})


def _numbered(lines, fewest=1):
    """"1. …" before each line, when there are at least `fewest` (one อ้างถึง has none)."""
    return [f"{n}. {line}" for n, line in enumerate(lines, start=1)] \
        if len(lines) >= fewest else list(lines)


# ---- PDF -----------------------------------------------------------------------------------

def pdf(letter: Letter) -> bytes:
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    thaipdf.install()
    return HTML(string=_html(letter, sender())).write_pdf(font_config=FontConfiguration())


def _html(letter, who):
    text = _lines(letter, who)
    text["body"] = [{"lines": part} if isinstance(part, list) else {"text": part}
                    for part in text["body"]]
    return render_to_string("front/letter.html", {
        **_kept(text), "fonts": {style: (FONT_DIR / f"Sarabun-{style.title()}.ttf").as_uri()
                                 for style in ("regular", "bold")},
        "seal": _data_uri(who.seal),
        "page_digits": "thai" if settings.PCIO_DOCUMENT_DIGITS == "thai" else "decimal"})


def _data_uri(png):
    return png and "data:image/png;base64," + base64.b64encode(png).decode()


def _kept(value):
    """Thai broken only between words (WeasyPrint's own breaks split words)."""
    from django.utils.safestring import mark_safe

    if isinstance(value, dict):
        return {key: _kept(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_kept(item) for item in value]
    return mark_safe(thaibreak.keep_words(value))  # noqa: S308 (keep_words escapes)


# ---- DOCX ----------------------------------------------------------------------------------

def docx(letter: Letter) -> bytes:
    from docx import Document

    who = sender()
    text, document = _lines(letter, who), Document()
    _page(document)
    if who.seal:
        _seal(document, who.seal)
    _head(document, text)
    _paragraph(document, text["date"], left=7.5, before=6)
    for label, values in (("เรื่อง", [text["subject"]]), ("เรียน", [text["to"]]),
                          ("อ้างถึง", text["references"]),
                          ("สิ่งที่ส่งมาด้วย", text["enclosures"])):
        _fields(document, label, values)
    _body(document, text["body"])
    for n, line in enumerate(["ขอแสดงความนับถือ", "", "", text["signer"], text["position"]]):
        _paragraph(document, line, left=6, center=True, before=12 if n == 0 else 0)
    for n, line in enumerate(text["contact"]):
        _paragraph(document, line, before=18 if n == 0 else 0)
    out = io.BytesIO()
    document.save(out)
    return docxfonts.embed(out.getvalue(), "Sarabun", {
        style: (FONT_DIR / f"Sarabun-{style.title()}.ttf").read_bytes()
        for style in ("regular", "bold")})


def _page(document):
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(2)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Sarabun", Pt(16)
    rpr = normal.element.get_or_add_rPr()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rpr.get_or_add_rFonts().set(qn(attr), "Sarabun")
    size = rpr.makeelement(qn("w:szCs"), {qn("w:val"): "32"})  # Thai is sized by szCs
    rpr.find(qn("w:sz")).addnext(size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(16 * 1.2)  # as the PDF: the font's own is taller


def _seal(document, seal):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.line_spacing = 1.0  # an exact line would crop the picture
    paragraph.add_run().add_picture(io.BytesIO(seal), height=Cm(3))


def _head(document, text):
    """ที่ at the left, the sender's address at the right, on the same lines."""
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(9), Cm(7)
    left.paragraphs[0].add_run(text["number"])
    right.paragraphs[0].add_run(text["address"][0] if text["address"] else "")
    for line in text["address"][1:]:
        right.add_paragraph(line)


def _fields(document, label, values):
    """เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย: the label, then the text with its lines hung."""
    from docx.shared import Cm

    width = 3.2 if label == "สิ่งที่ส่งมาด้วย" else 1.6
    for n, value in enumerate(values, start=1):
        paragraph = _paragraph(document, "", before=6 if label == "เรื่อง" else 0)
        paragraph.paragraph_format.left_indent = Cm(width)
        paragraph.paragraph_format.first_line_indent = Cm(-width)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(width))
        paragraph.add_run(f"{label if n == 1 else ''}\t{value}")


def _body(document, body):
    from docx.shared import Cm

    for part in body:
        if isinstance(part, list):
            for line in part:
                _paragraph(document, line, left=2.5)
            continue
        paragraph = _paragraph(document, part, before=6)
        paragraph.paragraph_format.first_line_indent = Cm(2.5)


def _paragraph(document, text, left=0.0, center=False, before=0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.left_indent = Cm(left) if left else None
    paragraph.paragraph_format.space_before = Pt(before)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph
