import pytest

from pcio.catalog import services


@pytest.mark.browser
def test_an_officer_fills_the_dataset_form_and_finds_it_by_a_thai_word(page, live_server, login,
                                                                       officer_a):
    services.ensure_groups()
    login(officer_a)
    page.goto(f"{live_server.url}/catalog/new/")
    page.select_option("#id_data_type", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่")
    assert page.is_visible("#field-west_bound_longitude")
    assert not page.is_visible("#field-unit_of_measure")
    page.select_option("#id_data_type", "ข้อมูลสถิติ")
    assert page.is_visible("#field-unit_of_measure")
    assert not page.is_visible("#field-west_bound_longitude")
    fill = {"#id_title": "มูลค่าการค้าชายแดนไทย-ลาว รายเดือน", "#id_name": "border-trade",
            "#id_maintainer": "ฝ่ายสถิติ", "#id_maintainer_email": "stat@example.go.th",
            "#id_tag_string": "การค้า, ชายแดน", "#id_notes": "มูลค่านำเข้าและส่งออก",
            "#id_data_source": "ด่านศุลกากรหนองคาย", "#id_unit_of_measure": "ล้านบาท"}
    for selector, value in fill.items():
        page.fill(selector, value)
    for selector, value in {"#id_owner_org": "A", "#id_update_frequency_unit": "เดือน",
                            "#id_geo_coverage": "จังหวัด", "#id_data_category": "ข้อมูลสาธารณะ",
                            "#id_data_classification": "เปิดเผย",
                            "#id_license_id": "Open Data Common"}.items():
        page.select_option(selector, value)
    page.check("input[name=objective][value='พันธกิจหน่วยงาน']")
    page.check("input[name=data_format][value='CSV']")
    page.click("#dataset-form button.button")
    page.wait_for_url(f"{live_server.url}/catalog/dataset/border-trade/")
    assert "ล้านบาท" in page.content()
    page.goto(f"{live_server.url}/catalog/")
    page.fill("#catalog-search input[name=q]", "ค้าชายแดน")
    page.click("#catalog-search button")
    page.wait_for_selector(".result")
    assert page.inner_text(".result h2") == "มูลค่าการค้าชายแดนไทย-ลาว รายเดือน"
    page.click(".facets a[data-facet=organization]")
    page.wait_for_selector(".facets strong")
    assert "พบ 1 ชุดข้อมูล" in page.inner_text("#result-count")


@pytest.mark.browser
def test_the_search_page_fits_a_phone_screen(browser, live_server, public_dataset):
    phone = browser.new_page(viewport={"width": 360, "height": 740})
    phone.goto(f"{live_server.url}/catalog/?q=ท่องเที่ยว")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert "จำนวนนักท่องเที่ยว" in phone.inner_text(".result h2")
    phone.close()
