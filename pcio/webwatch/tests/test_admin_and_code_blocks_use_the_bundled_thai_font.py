"""Thai letters come from the bundled Sarabun in /admin/ and in monospace blocks too: both used
the visitor's system fonts, so a PC without a Thai font showed boxes. Served by pcio, no CDN."""

import pytest


def _font_of(page, selector):
    family = page.eval_on_selector(selector, "e => getComputedStyle(e).fontFamily")
    return family.replace('"', "")


def _sarabun_loaded(page):
    return page.evaluate("""async () => { await document.fonts.ready;
        return [...document.fonts].some(f => f.family.includes('Sarabun')
                                             && f.status === 'loaded'); }""")


@pytest.mark.browser
def test_the_admin_uses_sarabun(page, login, live_server, secretariat):
    login(secretariat)
    page.goto(f"{live_server.url}/admin/")
    assert _font_of(page, "body").startswith("Sarabun,")
    assert _sarabun_loaded(page)


@pytest.mark.browser
def test_monospace_text_takes_thai_letters_from_sarabun(page, live_server, make_infected,
                                                        agency_a, secretariat, login):
    incident = make_infected(agency_a)
    login(secretariat)
    page.goto(live_server.url + incident.get_absolute_url())
    for selector in (".ww-evidence", "code"):
        assert _font_of(page, selector).startswith("Sarabun Thai,")
    assert page.eval_on_selector(".ww-evidence",
                                 "e => getComputedStyle(e).fontVariantNumeric") == "tabular-nums"
    assert _sarabun_loaded(page)
