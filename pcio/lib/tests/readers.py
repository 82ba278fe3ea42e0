"""The text of a PDF as four common readers copy it out, for tests: poppler (pdftotext, Evince),
PDFium (Chrome), pdfminer.six and pypdf."""

import io
import re
import subprocess
import unicodedata


def poppler(body):
    return subprocess.run(["pdftotext", "-", "-"], input=body, capture_output=True,
                          check=True).stdout.decode()


def pdfminer(body):
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(body))


def pdfium(body):
    import pypdfium2

    document = pypdfium2.PdfDocument(body)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pypdf(body):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


READERS = {"poppler": poppler, "pdfminer": pdfminer, "pdfium": pdfium, "pypdf": pypdf}


def as_written(text):
    """Text compared as Unicode NFKC, in which ำ and ํ + า are the same (pdfminer and pypdf
    read the glyphs Thai shaping draws ำ with, pcio.lib.thaipdf), lines as lines and runs of
    spaces as one."""
    text = unicodedata.normalize("NFKC", text.replace("\r", ""))
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def found(phrase, text):
    """Whether `phrase` is in `text` as written, allowing only that a line ends where the
    phrase may wrap: at a space or between two Thai words."""
    return re.search(_wrappable(as_written(phrase)), as_written(text)) is not None


def _wrappable(phrase):
    from pcio.lib.thaibreak import pieces

    units = pieces(phrase)
    return "".join(re.escape(word) + (r"[ \n]" if space else r"\n?")
                   for word, space in units[:-1]) + re.escape(units[-1][0])
