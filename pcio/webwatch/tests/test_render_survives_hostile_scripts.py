"""A page whose scripts loop forever, eat memory, open dialogs and windows or write a
million nodes costs at most its time budget: static analysis stands, with a note, and the
browser goes on to render the next page."""

import time

import pytest

from pcio.webwatch.crawl import check_url
from pcio.webwatch.tests import scripted

HOSTILE = {
    "loop": "while(true){}",
    "memory": "var a=[];while(true){a.push(new Array(1e6).fill(7));}",
    "dialogs": "alert('x');confirm('y');prompt('z');for(var i=0;i<50;i++)window.open('/p'+i);",
    "nodes": "for(var i=0;i<1e6;i++){document.body.appendChild(document.createElement('i'));}",
}


@pytest.mark.browser
def test_render_survives_hostile_scripts(site, settings):
    settings.PCIO_WEBWATCH_RENDER_SECONDS = 3
    server = site()
    for name, script in HOSTILE.items():
        server.page(f"/{name}", scripted.page(script))
    server.page("/spam", scripted.page(scripted.charcode_shift()))

    for name in HOSTILE:
        started = time.monotonic()
        page = check_url(f"{server.url}/{name}", allow_private=True, render=True)
        assert time.monotonic() - started < 30, name
        assert page.verdict == "clean", (name, page.findings)
        assert all(f.weight == 0 for f in page.findings), (name, page.findings)

    assert check_url(server.url + "/spam", allow_private=True, render=True).verdict == "infected"
