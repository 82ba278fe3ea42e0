import io

from pypdf import PdfReader


def _fonts(page):
    fonts = page["/Resources"]["/Font"]
    return [fonts[name].get_object() for name in fonts]


def _embedded_file(font):
    descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
    descriptor = descendant["/FontDescriptor"].get_object()
    return next((key for key in ("/FontFile2", "/FontFile3", "/FontFile") if key in descriptor),
                None)


def test_every_page_of_the_agenda_uses_only_the_embedded_sarabun_font(sent_agenda):
    reader = PdfReader(io.BytesIO(sent_agenda.pdf))
    for page in reader.pages:
        fonts = _fonts(page)
        assert fonts, "a page without text"
        for font in fonts:
            assert "Sarabun" in str(font["/BaseFont"])
            assert _embedded_file(font) is not None
