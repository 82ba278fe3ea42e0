"""Text hidden by an external stylesheet (coloured like its background, or a box moved off
the screen) looks visible to static analysis; the rendered page marks it hidden after CSS
(data-pcio-hidden says why) and the same rule convicts it."""

import pytest

from pcio.webwatch.tests import scripted

CSS = """body{background:#fdfdfd;color:#222}
.note{color:#fcfcfc;font-size:12px}
.promo{position:absolute;left:-4000px;top:0}"""

HIDDEN = {
    # gambling words alone: visible, they prove nothing; hidden, they are planted
    "color:same-as-background": '<p class="note">คาสิโน บาคาร่า ไฮโล</p>',
    "off-screen": '<div class="promo">บาคาร่า รูเล็ต ไฮโล น้ำเต้าปูปลา</div>',
}


@pytest.mark.browser
@pytest.mark.parametrize("why", HIDDEN)
def test_render_finds_text_hidden_after_css(site, why):
    server = site({"/site.css": lambda r: (200, {"Content-Type": "text/css"}, CSS)})
    html = scripted.page("", extra=HIDDEN[why]).replace(
        "</title>", '</title><link rel="stylesheet" href="/site.css">')
    server.page("/", html)
    url = server.url + "/"

    top = scripted.convicted_only_when_rendered(url)
    assert top.kind == "hidden_text" and top.persona == "desktop"
    assert f'data-pcio-hidden="{why}"' in top.evidence
    assert "hidden after CSS" in top.evidence
