"""No page has a critical or serious WCAG 2.0/2.1 A or AA violation (axe-core), on a desktop
(1280 px) or a phone (375 px), as the public, an officer, a committee member or the
secretariat: one page per app for each role and every edit form (screens.py).

axe-core is bundled by axe-playwright-python: nothing is downloaded while testing.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from pcio.front.tests.screens import by_role, open_as, screen_set

WIDTHS = (1280, 375)
OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
           "resultTypes": ["violations"]}


@pytest.fixture(scope="module")
def screens(demo_site):
    with demo_site.unblock():
        return screen_set()


@pytest.mark.browser
def test_every_page_has_no_serious_wcag_violation(screens, on_demo_site, browser, live_server):
    # one test for both widths: a live-server test empties the database when it ends
    axe, found = Axe(), {}
    for width in WIDTHS:
        for role, urls in by_role(screens).items():
            page = open_as(browser, live_server, role, width)
            try:
                for url in urls:
                    page.goto(live_server.url + url)
                    bad = _serious(axe.run(page, options=OPTIONS).response["violations"])
                    if bad:
                        found[f"{url} as {role} at {width} px"] = bad
            finally:
                page.context.close()
    assert not found, "\n".join(f"{name}:\n  " + "\n  ".join(lines)
                                for name, lines in found.items())


def _serious(violations):
    return [f"{v['impact']} {v['id']}: {v['help']} at "
            + ", ".join(" ".join(n["target"]) for n in v["nodes"][:4])
            for v in violations if v["impact"] in ("critical", "serious")]
