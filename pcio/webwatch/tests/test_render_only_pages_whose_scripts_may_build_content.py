"""A scan renders the pages whose scripts can write, decode or navigate (once per set of
scripts: pages of one template share them), and a sample of the others (one in
PCIO_WEBWATCH_RENDER_EVERY, the start page first), with one browser."""

import pytest

from pcio.webwatch.crawl import Crawler
from pcio.webwatch.tests import scripted

PIXEL = (200, {"Content-Type": "image/gif"}, b"GIF89a")


def page(n, script=""):
    links = "".join(f'<a href="/p{k}">ข่าว {k}</a> ' for k in range(1, 6))
    return scripted.page(script, extra=f'{links}<img src="/px.gif?{n}" alt="">')


@pytest.mark.browser
def test_render_only_pages_whose_scripts_may_build_content(site, settings):
    settings.PCIO_WEBWATCH_RENDER_EVERY = 100
    server = site({"/px.gif": lambda r: PIXEL})
    server.page("/", page("start"))
    for k in range(1, 6):
        server.page(f"/p{k}", page(k, "document.write('<b>ok</b>')" if k in (3, 4) else ""))

    report = Crawler(server.url + "/", max_pages=10, allow_private=True, render=True,
                     probe=False).run_sync()

    assert report.verdict == "clean", [(p.url, p.findings) for p in report.pages]
    assert len(report.pages) == 6
    # only a browser asks for the image: it tells which pages were rendered
    rendered = sorted(path.split("?")[1] for path, _ in server.requests
                      if path.startswith("/px.gif"))
    assert rendered in (["3", "start"], ["4", "start"])   # p3 and p4 share their script
