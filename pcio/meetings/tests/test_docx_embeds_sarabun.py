"""The agenda DOCX carries Sarabun, so it looks the same on a PC without the font."""

import io
import subprocess

import docx
from pypdf import PdfReader

from pcio.lib import docxfonts
from pcio.lib.thai import arabic_digits
from pcio.meetings import documents


def test_the_meeting_documents_carry_sarabun_and_still_open(demo):
    body = documents.docx(demo, "agenda")
    sarabun = {f"embed{style}": (documents.FONT_DIR / f"Sarabun-{style}.ttf").read_bytes()
               for style in ("Regular", "Bold")}
    assert docxfonts.embedded(body, "Sarabun") == sarabun
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(body)).paragraphs)
    assert "ระเบียบวาระที่ 1" in arabic_digits(text)


def test_libreoffice_draws_the_agenda_in_sarabun_on_a_machine_without_the_font(demo, tmp_path):
    """A fresh LibreOffice profile on a machine without Sarabun installed: the only Sarabun
    it can find is the one inside the file."""
    assert not _installed("Sarabun"), "Sarabun is installed system-wide: the test proves nothing"
    (tmp_path / "agenda.docx").write_bytes(documents.docx(demo, "agenda"))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "agenda.docx")], check=True, timeout=180,
                   capture_output=True)
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for page in PdfReader(tmp_path / "agenda.pdf").pages
             for font in page["/Resources"]["/Font"].values()}
    # and the page numbers' face, Sarabun's Thai digits (documents._page_number)
    assert fonts == {"Sarabun-Regular", "Sarabun-Bold", "SarabunThaiDigits-Regular"}


def _installed(family):
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True)
    return family.lower() in listed.stdout.lower()
