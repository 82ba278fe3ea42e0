"""Fonts embedded in the DOCX documents (pcio.lib.docxfonts), read back as Word would."""

import io
import zipfile

import docx
from fontTools.ttLib import TTFont
from lxml import etree

from pcio.lib import docxfonts
from pcio.meetings import documents

SARABUN = {style: (documents.FONT_DIR / f"Sarabun-{style.title()}.ttf").read_bytes()
           for style in ("regular", "bold")}


def _plain_docx():
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("ระเบียบวาระการประชุม")
    document.save(out)
    return out.getvalue()


def test_the_regular_and_bold_files_read_back_exactly():
    found = docxfonts.embedded(docxfonts.embed(_plain_docx(), "Sarabun", SARABUN), "Sarabun")
    assert found == {"embedRegular": SARABUN["regular"], "embedBold": SARABUN["bold"]}
    assert TTFont(io.BytesIO(found["embedBold"]))["name"].getDebugName(1) == "Sarabun"


def test_the_stored_file_is_obfuscated_with_the_reversed_guid():
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    stored = docxfonts.obfuscate(bytes(40), key)
    assert stored[:16] == bytes.fromhex("FFEEDDCCBBAA99887766554433221100")
    assert stored[16:32] == stored[:16] and stored[32:] == bytes(8)


def test_the_package_declares_the_font_type_and_keeps_fonts_embedded_on_save():
    package = zipfile.ZipFile(io.BytesIO(docxfonts.embed(_plain_docx(), "Sarabun", SARABUN)))
    assert b'Extension="odttf"' in package.read("[Content_Types].xml")
    settings = etree.fromstring(package.read("word/settings.xml"))
    names = [etree.QName(child).localname for child in settings]
    assert names.index("embedTrueTypeFonts") == names.index("zoom") + 1
    assert package.namelist()[0] == "[Content_Types].xml"

