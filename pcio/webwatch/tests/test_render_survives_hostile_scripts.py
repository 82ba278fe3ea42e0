"""A page whose scripts loop forever, eat memory, open dialogs and windows or write a
million nodes costs at most its time budget: static analysis stands, with a note, and the
browser goes on to render the next page."""

import time

import pytest

from pcio.webwatch.crawl import Crawler
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
    links = "".join(f'<a href="/{name}">{name}</a> ' for name in [*HOSTILE, "spam"])
    server.page("/", scripted.page("", extra=links))
    for name, script in HOSTILE.items():
        server.page(f"/{name}", scripted.page(script))
    server.page("/spam", scripted.page(scripted.charcode_shift()))

    started = time.monotonic()
    # one browser for the whole scan, the spam page last: it must still be rendered
    report = Crawler(server.url + "/", max_pages=10, per_host=1, allow_private=True,
                     render=True, probe=False).run_sync()

    assert time.monotonic() - started < 90
    verdicts = {p.url.rsplit("/", 1)[1]: p for p in report.pages}
    for name in HOSTILE:
        assert verdicts[name].verdict == "clean", (name, verdicts[name].findings)
        assert all(f.weight == 0 for f in verdicts[name].findings), verdicts[name].findings
    assert verdicts["spam"].verdict == "infected", verdicts["spam"].findings
