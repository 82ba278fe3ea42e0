"""On a phone the catalog search shows its first result on the first screen; the facets
come after the results, behind the ตัวกรอง button at the top (a link down to them)."""

import pytest


@pytest.mark.browser
def test_a_phone_shows_results_first_and_filters_behind_a_button(browser, live_server,
                                                                  public_dataset):
    phone = browser.new_page(viewport={"width": 375, "height": 667})
    try:
        phone.goto(f"{live_server.url}/catalog/")
        result_top = phone.locator(".result").first.bounding_box()["y"]
        facets_top = phone.locator("#facets").bounding_box()["y"]
        phone.get_by_role("link", name="ตัวกรอง").click()
        facets_in_view = phone.locator("#facets").evaluate(
            "e => e.getBoundingClientRect().top < window.innerHeight")
    finally:
        phone.close()
    assert result_top < 667 and result_top < facets_top, (result_top, facets_top)
    assert facets_in_view
