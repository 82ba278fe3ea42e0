"""Fonts embedded in a DOCX, so that Word and LibreOffice show Sarabun on a machine that does
not have it installed (most government PCs have TH Sarabun New, not Sarabun).

ECMA-376 Part 1, 17.8.1: a font file is stored as word/fonts/NAME.odttf with its first 32
bytes XORed with a key taken from a GUID, related from the font table, whose <w:font> names it
in <w:embedRegular>/<w:embedBold> together with that GUID (w:fontKey).

    body = embed(body, "Sarabun", {"regular": ttf_bytes, "bold": bold_ttf_bytes})
"""

import io
import uuid
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
FONT_RELATION = R + "/font"
ODTTF = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
ELEMENTS = {"regular": "embedRegular", "bold": "embedBold", "italic": "embedItalic",
            "bold_italic": "embedBoldItalic"}
# Settings that come before <w:embedTrueTypeFonts> in the schema's order.
SETTINGS_BEFORE = {"writeProtection", "view", "zoom", "removePersonalInformation",
                   "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
                   "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData"}


def obfuscate(data: bytes, font_key: str) -> bytes:
    """The .odttf form of a font file, and back again (XOR is its own inverse)."""
    key = bytes.fromhex(font_key.strip("{}").replace("-", ""))[::-1]
    return bytes(b ^ key[i % 16] for i, b in enumerate(data[:32])) + data[32:]


def embed(docx: bytes, family: str, files: dict) -> bytes:
    """The DOCX with `files` ({"regular": bytes, "bold": bytes, ...}) embedded as `family`."""
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    table = etree.fromstring(parts["word/fontTable.xml"])
    rels = _xml(parts.get("word/_rels/fontTable.xml.rels"), f"{{{PACKAGE_RELS}}}Relationships")
    font = _font(table, family)
    for style, data in files.items():  # ids and part names stay unique over several families
        key, number = f"{{{str(uuid.uuid4()).upper()}}}", len(rels) + 1
        target = f"fonts/{family.replace(' ', '')}-{style}.odttf"
        parts["word/" + target] = obfuscate(data, key)
        etree.SubElement(rels, f"{{{PACKAGE_RELS}}}Relationship", Id=f"rIdFont{number}",
                         Type=FONT_RELATION, Target=target)
        etree.SubElement(font, f"{{{W}}}{ELEMENTS[style]}",
                         {f"{{{R}}}id": f"rIdFont{number}", f"{{{W}}}fontKey": key})
    parts["word/fontTable.xml"] = _bytes(table)
    parts["word/_rels/fontTable.xml.rels"] = _bytes(rels)
    parts["[Content_Types].xml"] = _with_odttf_type(parts["[Content_Types].xml"])
    parts["word/settings.xml"] = _keep_embedding(parts["word/settings.xml"])
    return _zip(parts)


def thai_digits_face(ttf: bytes, family: str) -> bytes:
    """A face of the font `ttf`, named `family`, holding only its digits, that draws 0-9 with
    the glyphs of ๐-๙ (and ๐-๙ as themselves). LibreOffice has no OOXML page number format
    in Thai digits (see pcio.meetings.documents._page_number): a PAGE field set in this face
    shows "๒" there, and in Word, which makes the number ๒ itself, the same glyph."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(ttf))
    subsetter = subset.Subsetter(subset.Options(name_IDs=["*"], notdef_outline=True))
    subsetter.populate(unicodes=[*range(0x30, 0x3A), *range(0xE50, 0xE5A)])
    subsetter.subset(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update({0x30 + n: table.cmap[0xE50 + n] for n in range(10)})
    postscript = family.replace(" ", "") + "-Regular"  # and unique id: not Sarabun's own
    names = {1: family, 3: postscript, 4: family, 6: postscript, 16: family}
    for record in font["name"].names:
        record.string = names.get(record.nameID, record.toUnicode())
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def embedded(docx: bytes, family: str) -> dict:
    """{"embedRegular": font bytes, ...} of `family`, found the way Word finds them: through
    the font table, its relations and each file's key."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
        rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        targets = {rel.get("Id"): "word/" + rel.get("Target") for rel in rels}
        font = next(f for f in table.iter(f"{{{W}}}font") if f.get(f"{{{W}}}name") == family)
        return {etree.QName(e).localname: obfuscate(package.read(targets[e.get(f"{{{R}}}id")]),
                                                    e.get(f"{{{W}}}fontKey"))
                for e in font if etree.QName(e).localname.startswith("embed")}


def _xml(data, root_tag):
    return etree.fromstring(data) if data else etree.Element(root_tag, nsmap={None: PACKAGE_RELS})


def _bytes(element):
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font(table, family):
    """The font table's entry for `family`, added (Thai character set) when missing."""
    for font in table.findall(f"{{{W}}}font"):
        if font.get(f"{{{W}}}name") == family:
            return font
    font = etree.SubElement(table, f"{{{W}}}font", {f"{{{W}}}name": family})
    for name, value in (("charset", "DE"), ("family", "swiss"), ("pitch", "variable")):
        etree.SubElement(font, f"{{{W}}}{name}", {f"{{{W}}}val": value})
    return font


def _with_odttf_type(data):
    types = etree.fromstring(data)
    if not any(d.get("Extension") == "odttf" for d in types.findall(f"{{{TYPES}}}Default")):
        types.insert(0, etree.Element(f"{{{TYPES}}}Default", Extension="odttf",
                                      ContentType=ODTTF))
    return _bytes(types)


def _keep_embedding(data):
    """<w:embedTrueTypeFonts/>: Word keeps the fonts embedded when the officer saves."""
    settings = etree.fromstring(data)
    if settings.find(f"{{{W}}}embedTrueTypeFonts") is None:
        position = sum(1 for child in settings if etree.QName(child).localname in SETTINGS_BEFORE)
        settings.insert(position, etree.Element(f"{{{W}}}embedTrueTypeFonts"))
    return _bytes(settings)


def _zip(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()
