"""Every heading and resolution label of the agenda, pack and minutes PDFs copies out as
written, bold or not, in poppler (pdftotext), PDFium, pdfminer and pypdf (pcio.lib.thaipdf)."""

import pytest

from pcio.lib.tests.readers import READERS, found

HEADINGS = {"title", "section", "item", "h1", "h2", "cover"}


def _headings(blocks):
    """What a reader must find: the bold headings as printed (a title's lines as set) and
    the resolution label."""
    texts = {line for b in blocks if b.kind in HEADINGS for line in b.lines()}
    return sorted(texts | {"มติที่ประชุม"} if any(b.kind == "resolution" for b in blocks)
                  else texts)


@pytest.mark.parametrize("doc", ["agenda", "pack", "minutes"])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_each_heading_reads_back_as_written(db, official, doc, reader):
    made = official()[doc]
    text = READERS[reader](made.pdf)
    headings = _headings(made.blocks)
    assert "ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุมครั้งที่แล้ว" in headings or doc == "minutes"
    missing = [heading for heading in headings if not found(heading, text)]
    assert not missing, missing
