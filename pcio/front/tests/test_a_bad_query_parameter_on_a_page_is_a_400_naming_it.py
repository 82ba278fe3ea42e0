"""Pages read query parameters through pcio.lib.params: a bad value is a 400 page naming the
parameter (a page number past what the database stores was a 500)."""


def test_a_catalog_page_number_that_is_not_a_number_is_a_400(client, db):
    response = client.get("/catalog/", {"page": "abc"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'class="topbar"' in body and "พารามิเตอร์ page: ต้องเป็นจำนวนเต็ม" in body


def test_a_huge_catalog_page_number_is_a_400_not_a_database_overflow(client, db):
    response = client.get("/catalog/", {"page": "99999999999999999999"})
    assert response.status_code == 400
    assert "พารามิเตอร์ page: ต้องไม่เกิน 2147483647" in response.content.decode()


def test_an_unknown_export_format_is_a_400_naming_the_choices_in_english(client,
                                                                       committee_member):
    client.force_login(committee_member)
    client.cookies["django_language"] = "en"
    response = client.get("/compliance/export/", {"format": "pdf"})
    assert response.status_code == 400
    assert "Parameter format: Must be one of: csv, xlsx" in response.content.decode()


def test_good_values_still_work(client, committee_member):
    client.force_login(committee_member)
    assert client.get("/catalog/", {"page": "1"}).status_code == 200
    assert client.get("/meetings/actions/", {"status": "all"}).status_code == 200
    assert client.get("/compliance/cybersafe/", {"enrolled": "1"}).status_code == 200
