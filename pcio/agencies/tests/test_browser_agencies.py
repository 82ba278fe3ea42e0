import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_officer_logs_in_searches_in_thai_and_opens_an_agency(page, live_server, login,
                                                                officer_a, agency_b):
    login(officer_a)
    page.click("text=หน่วยงาน")
    page.fill("input[name=q]", "สถิติ")
    page.click("form[role=search] button")
    page.wait_for_url("**/agencies/?q=*")
    rows = page.locator("table tbody tr")
    assert rows.count() == 1
    rows.first.locator("a").click()
    page.wait_for_url(f"{live_server.url}/agencies/A/")
    assert page.locator("h1").inner_text().startswith("สำนักงานสถิติจังหวัดหนองคาย")
    assert page.locator("a.button", has_text="แก้ไข").count() == 1  # their own agency


def test_the_agency_list_fits_a_phone_screen(browser, live_server, agency_a):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{live_server.url}/agencies/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    assert phone.locator("nav.nav").is_hidden()  # behind the menu button
    phone.click("button.nav-button")
    assert phone.locator("nav.nav").is_visible()
    context.close()
