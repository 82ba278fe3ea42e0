"""On a phone (320 and 375 px) no page of the accessibility set (screens.py) is wider than
the screen, and the menu's button opens it from the keyboard: Tab reaches every entry, and
each is announced by name."""

import pytest

from pcio.front.tests.screens import by_role, open_as, screen_set

WIDTHS = (320, 375)
# What a screen reader announces when Tab lands on an element: its role and name.
FOCUSED = """() => { const e = document.activeElement;
  return {inNav: !!e.closest("#site-nav"), tag: e.tagName,
          name: (e.getAttribute("aria-label") || e.innerText || "").trim()}; }"""


@pytest.fixture(scope="module")
def screens(demo_site):
    with demo_site.unblock():
        return screen_set()


@pytest.mark.browser
def test_no_page_scrolls_sideways_and_tab_reaches_the_menu(screens, on_demo_site, browser,
                                                          live_server):
    # one test: a live-server test empties the demo database when it ends
    wide = {}
    for width in WIDTHS:
        for role, urls in by_role(screens).items():
            for url, scroll in _scroll_widths(open_as(browser, live_server, role, width),
                                              live_server.url, urls):
                if scroll != width:
                    wide[f"{url} as {role} at {width} px"] = scroll
    assert not wide, f"wider than the screen: {wide}"
    for width in WIDTHS:
        for role in ("anonymous", "admin"):
            entries, reached = _menu_by_keyboard(open_as(browser, live_server, role, width),
                                                 live_server.url)
            assert len(reached) == entries and all(name for _, name in reached), (
                f"{role} at {width} px: {entries} entries, Tab reached {reached}")


def _scroll_widths(page, site, urls):
    try:
        for url in urls:
            page.goto(site + url)
            yield url, page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.context.close()


def _menu_by_keyboard(page, site):
    """(how many entries the menu has, [(tag, name)] of those Tab reached once it is open)."""
    try:
        page.goto(site + "/")
        entries = page.locator("#site-nav").locator("a, button").count()
        button = page.get_by_role("button", name="เมนู", exact=True)
        assert button.get_attribute("aria-expanded") == "false"
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box
        _tab_to(page, button)
        page.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true"
        return entries, _tab_through_menu(page)
    finally:
        page.context.close()


def _tab_to(page, target, limit=10):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("e => e === document.activeElement"):
            return
    raise AssertionError(f"Tab did not reach the menu button in {limit} presses")


def _tab_through_menu(page):
    reached = []
    page.keyboard.press("Tab")
    while (focused := page.evaluate(FOCUSED))["inNav"]:
        reached.append((focused["tag"], focused["name"]))
        page.keyboard.press("Tab")
    return reached
