"""Every DOCX pcio makes (agenda, pack and minutes, under each PCIO_DOCUMENT_DIGITS), converted
to PDF by LibreOffice (a fresh profile, on a machine without Sarabun: only the embedded fonts),
lays out like pcio's own PDF: within a page of its length, numbered from the second page in
the documents' digits, no page left nearly empty, Thai headings bold."""

import io
import re
import subprocess
import unicodedata
import zipfile
from functools import cache

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from pcio.meetings import documents

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCS = ["agenda", "pack", "minutes"]
CASES = [(digits, doc) for digits in ("thai", "arabic") for doc in DOCS]
TOP, BOTTOM = 2.5 / 2.54 * 72, 2 / 2.54 * 72  # the page margins, in points
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


@pytest.fixture(scope="module")
def converter(tmp_path_factory):
    """convert(official) -> {(digits, doc): the LibreOffice PDF}, all six in one run."""
    converted = {}

    def convert(official):
        if not converted:
            folder = tmp_path_factory.mktemp("libreoffice")
            names = {case: folder / f"{case[1]}-{case[0]}.docx" for case in CASES}
            for (digits, doc), name in names.items():
                name.write_bytes(official(digits)[doc].docx)
            subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                            "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                            *map(str, names.values())],
                           check=True, timeout=600, capture_output=True)
            converted.update({case: name.with_suffix(".pdf").read_bytes()
                              for case, name in names.items()})
        return converted
    return convert


@cache  # each PDF is read by several tests
def _pages(body):
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        return [(page.height, page.extract_words(), page.chars) for page in pdf.pages]


@pytest.mark.parametrize(("digits", "doc"), CASES)
def test_libreoffice_takes_as_many_pages_as_the_pdf_give_or_take_one(db, official, converter,
                                                                      digits, doc):
    made = official(digits)[doc]
    printed = len(_pages(made.pdf)) - made.appended_pages  # the pack merges PDFs
    assert abs(len(_pages(converter(official)[digits, doc])) - printed) <= 1


@pytest.mark.parametrize(("digits", "doc"), CASES)
def test_pages_are_numbered_in_the_documents_digits_from_the_second(db, official, converter,
                                                                     digits, doc):
    """"- ๒ -" centred at the top from page 2 (งานสารบรรณ). The number is LibreOffice's own
    PAGE field: under Thai digits it is drawn in the Thai digits face (documents._page_number:
    LibreOffice reads no OOXML number format as Thai digits), so each digit has the width of
    Sarabun's Thai digit, while the text it copies out is the field's value."""
    for number, (_, _, chars) in enumerate(_pages(converter(official)[digits, doc]), 1):
        first = _first_line([c for c in chars if c["bottom"] < TOP])
        line = re.sub(r"\s+", " ", "".join(c["text"] for c in first)).strip()
        if number == 1:
            assert not re.fullmatch(r"- \S+ -", line), line
            continue
        assert re.fullmatch(r"- [0-9๐-๙]+ -", line), line
        drawn = [c for c in first if c["text"].isdigit()]
        assert int(_arabic(c["text"] for c in drawn)) == number, line
        for char in drawn:
            shape = THAI_DIGITS[int(_arabic(char["text"]))] if digits == "thai" else char["text"]
            assert char["width"] == pytest.approx(char["size"] * _advance(shape), abs=0.05)
            assert ("SarabunThaiDigits" in char["fontname"]) == (digits == "thai")


def _first_line(chars):
    return [c for c in chars if c["top"] < min(c["top"] for c in chars) + 2]


def test_word_numbers_the_pages_in_thai_digits_in_the_same_face(db, official):
    """Word draws the section's page number format (thaiNumbers: ๑ ๒ ๓), in the face whose
    digits are all Thai; the Arabic setting keeps decimal in Sarabun."""
    for digits, face in (("thai", documents.DIGITS_FACE), ("arabic", None)):
        with zipfile.ZipFile(io.BytesIO(official(digits)["agenda"].docx)) as package:
            parts = [etree.fromstring(package.read(name)) for name in package.namelist()
                     if re.fullmatch(r"word/(document|header\d+)\.xml", name)]
        (numbering,) = (n for part in parts for n in part.iter(f"{W}pgNumType"))
        assert numbering.get(f"{W}fmt") == ("thaiNumbers" if face else "decimal")
        (instruction,) = (i for part in parts for i in part.iter(f"{W}instrText"))
        assert instruction.text.strip() == "PAGE"  # no switch: LibreOffice reads them as letters
        fonts = instruction.getparent().find(f"{W}rPr/{W}rFonts")
        assert (fonts is not None and fonts.get(f"{W}cs")) == (face or False)


@cache
def _advance(char):
    font = TTFont(documents.FONT_DIR / "Sarabun-Regular.ttf")
    return font["hmtx"][font.getBestCmap()[ord(char)]][0] / font["head"].unitsPerEm


def _arabic(text):
    return "".join(str(unicodedata.digit(c)) for c in text)


@pytest.mark.parametrize(("digits", "doc"), CASES)
def test_no_page_is_left_nearly_empty(db, official, converter, digits, doc):
    """Every page but the last, a cover page and the page before a cover is at least a third
    full: no hard page breaks copied from the PDF on top of LibreOffice's own."""
    bodies = [(height, [w for w in words if TOP < w["top"] < height - BOTTOM])
              for height, words, _ in _pages(converter(official)[digits, doc])]
    covers = {n for n, (_, words) in enumerate(bodies)  # a cover's title is 8 cm down
              if words and min(w["top"] for w in words) > TOP + 7 / 2.54 * 72}
    for n, (height, words) in enumerate(bodies[:-1]):
        if n not in covers and n + 1 not in covers:
            lowest = max((w["bottom"] for w in words), default=TOP)
            assert (lowest - TOP) / (height - TOP - BOTTOM) > 1 / 3, n + 1


@pytest.mark.parametrize(("digits", "doc"), CASES)
def test_thai_headings_are_bold_and_thai_takes_the_run_size(db, official, converter, digits,
                                                            doc):
    """Word and LibreOffice format Thai with the complex-script properties: each bold run has
    w:bCs and each size w:szCs; LibreOffice then draws the Thai headings in Sarabun Bold."""
    made = official(digits)[doc]
    with zipfile.ZipFile(io.BytesIO(made.docx)) as package:
        xml = etree.fromstring(package.read("word/document.xml"))
    for properties in xml.iter(f"{W}rPr"):
        children = {etree.QName(child).localname for child in properties}
        assert ("b" not in children or "bCs" in children) and (
            "sz" not in children or "szCs" in children), etree.tostring(properties)
    expected = sum(_thai_letters(line) for b in made.blocks
                   if b.kind in ("title", "section", "item", "h1", "h2", "cover")
                   for line in b.lines())
    bold = sum(1 for _, _, chars in _pages(converter(official)[digits, doc]) for c in chars
               if "Sarabun-Bold" in c["fontname"] and _thai_letters(c["text"]))
    assert expected and bold >= 0.9 * expected


def _thai_letters(text):
    return sum(1 for c in text if "\u0e01" <= c <= "\u0e2e")
