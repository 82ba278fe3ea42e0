"""Chromium reaches only the page's own site (and the agency's registered websites) through
the guarded fetcher: a script from another host name is refused and never requested, so its
spam is not rendered; the same script from one of the agency's own sites is fetched, run,
and named in the evidence."""

import pytest

from pcio.webwatch.crawl import check_url
from pcio.webwatch.tests import scripted

WRITER = f"document.getElementById('ft').insertAdjacentHTML('beforeend', {scripted.SPAM!r});"


def page_with_script(src):
    return scripted.page("").replace("</body>", f'<script src="{src}"></script></body>')


@pytest.fixture
def servers(site):
    page, other = site(), site()
    other.routes["/w.js"] = lambda r: (200, {"Content-Type": "text/javascript"}, WRITER)
    # the same local server under another host name: another site for the rules
    script = f"http://localhost:{other.port}/w.js"
    page.page("/", page_with_script(script))
    return page, other, script


@pytest.mark.browser
def test_a_script_from_another_site_is_never_requested(servers):
    page, other, _ = servers
    result = check_url(page.url + "/", allow_private=True, render=True)
    assert result.verdict == "clean", result.findings
    assert not other.requests


@pytest.mark.browser
def test_a_script_from_the_agencys_own_site_runs_and_is_named(servers):
    page, other, script = servers
    result = check_url(page.url + "/", allow_private=True, render=True, own=("localhost",))
    assert result.verdict == "infected", result.findings
    assert [path for path, _ in other.requests] == ["/w.js"]
    top = result.findings[0]
    assert "rendered" in top.evidence and f"script {script}" in top.evidence


@pytest.mark.browser
def test_the_guard_refuses_a_private_address_to_the_browser_too(servers):
    page, other, _ = servers
    # the page itself is handed over as fetched; what Chromium asks for goes through the
    # guard, which refuses loopback without allow_private
    from pcio.lib.fetch import guarded_client, run_sync
    from pcio.webwatch.detect import Fetched
    from pcio.webwatch.render import Renderer

    html = page_with_script("/w.js")
    fetched = Fetched("desktop", page.url + "/", page.url + "/", 200,
                      {"content-type": "text/html"}, html)

    async def render():
        async with guarded_client(allow_private=False) as client:
            renderer = Renderer(client)
            try:
                return await renderer.render(fetched)
            finally:
                await renderer.close()

    shot = run_sync(render)
    assert not shot.error and "ufabet" not in shot.html
    assert shot.blocked and "(blocked)" in shot.blocked[0]
    assert not page.requests
