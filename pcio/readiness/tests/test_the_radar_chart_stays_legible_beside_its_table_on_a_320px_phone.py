"""On a 320 px phone the radar chart's type renders at 11 px or more (it was 4 px: a 680-unit
chart scaled to the screen), and the table that names its pillars comes just before it."""

import pytest

# Rendered height of each line of text in the chart, in CSS pixels.
TEXT_SIZES = """svg => [...svg.querySelectorAll("text")].map(t =>
  parseFloat(t.getAttribute("font-size")) * svg.getBoundingClientRect().width
  / svg.viewBox.baseVal.width)"""


@pytest.mark.browser
def test_the_radar_chart_stays_legible_beside_its_table(browser, live_server, years):
    phone = browser.new_page(viewport={"width": 320, "height": 640})
    try:
        phone.goto(f"{live_server.url}/readiness/p/43/2567/")
        chart = phone.locator(".readiness-chart svg")
        sizes = chart.evaluate(TEXT_SIZES)
        beside = phone.locator(".readiness-chart").evaluate(
            "f => f.previousElementSibling.querySelector('table') !== null"
                   " || f.previousElementSibling.tagName === 'TABLE'")
        width = phone.evaluate("document.documentElement.scrollWidth")
    finally:
        phone.close()
    assert sizes and min(sizes) >= 11, sizes
    assert beside, "the pillar table comes just before the chart"
    assert width == 320
