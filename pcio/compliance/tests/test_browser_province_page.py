"""A committee member opens the province page in a real browser, on a desk and on a phone."""

import pytest


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_province_page_shows_the_tally_charts_and_follow_up(page, login, live_server,
                                                                committee_member, agency_a,
                                                                complete_agency):
    login(committee_member)
    page.goto(f"{live_server.url}/compliance/")
    assert page.locator("#tally tbody tr").count() == 3
    assert page.locator("svg.chart").count() == 3
    follow_up = page.locator("#missing")
    assert agency_a.name_th in follow_up.inner_text()
    assert complete_agency.name_th not in follow_up.inner_text()
    follow_up.get_by_role("link", name=agency_a.name_th).click()
    page.wait_for_url(f"**/compliance/a/{agency_a.code}/")
    assert "ยังไม่ประกาศ" in page.content()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_province_page_fits_a_phone(page, live_server, agency_a):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/compliance/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 380
    assert page.locator("#missing").is_visible()
