"""The about page credits geothai as CC BY 4.0 asks: author, licences, versions, links."""

import geothai


def test_the_thai_about_page_credits_geothai_with_its_versions(client, db):
    page = client.get("/about/", HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "เกี่ยวกับ pcio" in page
    for text in ("geothai รุ่น 3.2.1", f"ข้อมูลรุ่น {geothai.DATA_VERSION}", "MIT", "CC BY 4.0",
                 "Pongsakorn Thipayanate", "https://github.com/GeoThai/data",
                 "https://creativecommons.org/licenses/by/4.0/"):
        assert text in page


def test_the_english_about_page_says_the_same(client, db):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/about/").content.decode()
    assert "About pcio" in page
    assert f"geothai 3.2.1 (data release {geothai.DATA_VERSION})" in page
    assert "MIT licence" in page and "CC BY 4.0" in page


def test_every_page_links_to_it(client, db):
    assert 'href="/about/"' in client.get("/").content.decode()
