def test_pages_are_thai_by_default(client, db):
    body = client.get("/agencies/").content.decode()
    assert 'lang="th"' in body and "ทะเบียนหน่วยงาน" in body


def test_the_english_switch_translates_the_page(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/agencies/"})
    assert response.status_code == 302
    body = client.get("/agencies/").content.decode()
    assert 'lang="en"' in body
    assert "Agency registry" in body and "ทะเบียนหน่วยงาน" not in body


def test_a_browser_that_prefers_english_still_gets_thai_until_it_switches(client, db):
    body = client.get("/agencies/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="th"' in body
