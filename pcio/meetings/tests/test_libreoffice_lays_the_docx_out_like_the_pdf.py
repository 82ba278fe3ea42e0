"""The agenda, pack and minutes DOCX, converted to PDF by LibreOffice (a fresh profile, on a
machine without Sarabun: only the embedded font), lay out like pcio's own PDF: within a page
of its length, numbered from the second page, no page left nearly empty, Thai headings bold."""

import io
import re
import subprocess
import unicodedata
import zipfile

import pdfplumber
import pytest
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCS = ["agenda", "pack", "minutes"]
TOP, BOTTOM = 2.5 / 2.54 * 72, 2 / 2.54 * 72  # the page margins, in points
PAGE_NUMBER = re.compile(r"^-\s*([0-9๐-๙]+)\s*-$")


@pytest.fixture(scope="module")
def converter(tmp_path_factory):
    """convert(made) -> {doc: the LibreOffice PDF}, all three converted in one run."""
    converted = {}

    def convert(made):
        if not converted:
            folder = tmp_path_factory.mktemp("libreoffice")
            for doc in DOCS:
                (folder / f"{doc}.docx").write_bytes(made[doc].docx)
            subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                            "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                            *(str(folder / f"{doc}.docx") for doc in DOCS)],
                           check=True, timeout=600, capture_output=True)
            converted.update({doc: (folder / f"{doc}.pdf").read_bytes() for doc in DOCS})
        return converted
    return convert


def _pages(body):
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        return [(page.height, page.extract_words(), page.chars) for page in pdf.pages]


@pytest.mark.parametrize("doc", DOCS)
def test_libreoffice_takes_as_many_pages_as_the_pdf_give_or_take_one(db, official, converter,
                                                                      doc):
    made = official()
    printed = len(_pages(made[doc].pdf)) - made[doc].appended_pages  # the pack merges PDFs
    assert abs(len(_pages(converter(made)[doc])) - printed) <= 1


@pytest.mark.parametrize("doc", DOCS)
def test_pages_are_numbered_from_the_second_at_the_top(db, official, converter, doc):
    """"- n -" centred at the top from page 2 (งานสารบรรณ). Word shows n in Thai digits (the
    section's page number format is thaiNumbers); LibreOffice reads no OOXML number format
    as Thai digits (every Thai one becomes ARABIC or CHARS_THAI, Thai letters, in writerfilter's
    ConversionHelper), so there it shows Arabic digits: never letters."""
    made = official()
    with zipfile.ZipFile(io.BytesIO(made[doc].docx)) as package:
        assert b'w:fmt="thaiNumbers"' in package.read("word/document.xml")
    for number, (_, words, _) in enumerate(_pages(converter(made)[doc]), start=1):
        top = " ".join(w["text"] for w in words if w["top"] < TOP)
        found = [m[1] for w in words if w["top"] < TOP and (m := PAGE_NUMBER.match(w["text"]))]
        found += [m[1] for m in re.finditer(r"-\s*([0-9๐-๙]+)\s*-", top)]
        if number == 1:
            assert not found, top
        else:
            assert found and int(_arabic(found[0])) == number, top


def _arabic(text):
    return "".join(str(unicodedata.digit(c)) for c in text)


@pytest.mark.parametrize("doc", DOCS)
def test_no_page_is_left_nearly_empty(db, official, converter, doc):
    """Every page but the last, a cover page and the page before a cover is at least a third
    full: no hard page breaks copied from the PDF on top of LibreOffice's own."""
    bodies = [(height, [w for w in words if TOP < w["top"] < height - BOTTOM])
              for height, words, _ in _pages(converter(official())[doc])]
    covers = {n for n, (_, words) in enumerate(bodies)  # a cover's title is 8 cm down
              if words and min(w["top"] for w in words) > TOP + 7 / 2.54 * 72}
    for n, (height, words) in enumerate(bodies[:-1]):
        if n not in covers and n + 1 not in covers:
            lowest = max((w["bottom"] for w in words), default=TOP)
            assert (lowest - TOP) / (height - TOP - BOTTOM) > 1 / 3, n + 1


@pytest.mark.parametrize("doc", DOCS)
def test_thai_headings_are_bold_and_thai_takes_the_run_size(db, official, converter, doc):
    """Word and LibreOffice format Thai with the complex-script properties: each bold run has
    w:bCs and each size w:szCs; LibreOffice then draws the Thai headings in Sarabun Bold."""
    made = official()
    with zipfile.ZipFile(io.BytesIO(made[doc].docx)) as package:
        xml = etree.fromstring(package.read("word/document.xml"))
    for properties in xml.iter(f"{W}rPr"):
        children = {etree.QName(child).localname for child in properties}
        assert ("b" not in children or "bCs" in children) and (
            "sz" not in children or "szCs" in children), etree.tostring(properties)
    expected = sum(_thai_letters(line) for b in made[doc].blocks
                   if b.kind in ("title", "section", "item", "h1", "h2", "cover")
                   for line in b.lines())
    bold = sum(1 for _, _, chars in _pages(converter(made)[doc]) for c in chars
               if "Bold" in c["fontname"] and _thai_letters(c["text"]))
    assert expected and bold >= 0.9 * expected


def _thai_letters(text):
    return sum(1 for c in text if "\u0e01" <= c <= "\u0e2e")
