import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_officer_goes_from_the_board_to_the_evidence_and_acknowledges(
        page, live_server, login, officer_a, agency_a, make_infected):
    incident = make_infected(agency_a)
    login(officer_a)
    page.goto(f"{live_server.url}/webwatch/")
    assert page.locator(".ww-count.infected b").inner_text() == "1"
    page.click(f"text=เหตุ #{incident.pk}")
    page.wait_for_url(f"**/webwatch/incidents/{incident.pk}/")
    marked = page.locator(".ww-evidence mark").first
    assert marked.inner_text().startswith('<div style="display:none">')
    # fetched HTML is text: its script shows as code and never runs
    assert "<script>alert('pwned')</script>" in page.locator(".ww-evidence").first.inner_text()
    page.click("button:has-text('รับทราบ')")
    page.wait_for_url(f"**/webwatch/incidents/{incident.pk}/")
    assert page.locator("#state").inner_text() == "รับทราบแล้ว"


def test_the_board_fits_a_phone_screen(browser, live_server, secretariat, agency_a,
                                       make_infected):
    make_infected(agency_a, "https://www.a-rather-long-agency-website-name.example.go.th/")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{live_server.url}/login/")
    phone.fill("#id_username", secretariat.username)
    phone.fill("#id_password", "pass-pcio-1234")
    phone.click("main button")
    phone.wait_for_url(f"{live_server.url}/")
    phone.goto(f"{live_server.url}/webwatch/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
