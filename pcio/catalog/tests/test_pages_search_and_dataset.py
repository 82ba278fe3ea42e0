"""Search page with facets, the dataset page, and what each role may see there."""

from pcio.catalog import services

COUNTS = "อำเภอ,จำนวนนักท่องเที่ยว\nเมืองหนองคาย,120000\nท่าบ่อ,45000\n".encode()


def test_the_search_page_finds_thai_words_and_shows_facets(client, public_dataset, make_dataset):
    make_dataset(name="trade", title="มูลค่าการค้าชายแดน", owner_org="B", tag_string="ส่งออก")
    page = client.get("/catalog/", {"q": "ค้าชายแดน"}).content.decode()
    assert "มูลค่าการค้าชายแดน" in page and "นักท่องเที่ยวจังหวัดหนองคาย รายเดือน" not in page
    assert "เทศบาลเมืองหนองคาย" in page  # the agency facet


def test_a_facet_narrows_the_results(client, public_dataset, make_dataset):
    make_dataset(name="trade", title="มูลค่าการค้าชายแดน", owner_org="B", tag_string="ส่งออก")
    page = client.get("/catalog/", {"organization": "B"}).content.decode()
    assert "มูลค่าการค้าชายแดน" in page and "นักท่องเที่ยวจังหวัดหนองคาย รายเดือน" not in page


def test_the_public_never_sees_private_or_secret_datasets(client, public_dataset,
                                                         private_dataset, secret_dataset):
    page = client.get("/catalog/").content.decode()
    assert "จำนวนนักท่องเที่ยว" in page
    assert "ร่างข้อมูลสถิติ" not in page and "ลาดตระเวน" not in page
    assert client.get("/catalog/dataset/nk-border-security/").status_code == 403


def test_a_committee_member_reads_the_secret_dataset(client, committee_member, secret_dataset):
    client.force_login(committee_member)
    page = client.get("/catalog/dataset/nk-border-security/").content.decode()
    assert "badge bad" in page and "ลับ" in page


def test_the_dataset_page_shows_metadata_resources_preview_dictionary_and_quality(
        client, public_dataset):
    services.save_resource(public_dataset, {"name": "รายอำเภอ"}, upload=(COUNTS, "c.csv"))
    page = client.get("/catalog/dataset/nk-tourists/").content.decode()
    for text in ("หน่วยความถี่ของการปรับปรุงข้อมูล", "เดือน", "รายอำเภอ", "เมืองหนองคาย",
                 "พจนานุกรมข้อมูล", "จำนวนเต็ม", "คุณภาพข้อมูล", "ความเป็นปัจจุบัน",
                 "badge ok", "หน่วยวัด"):
        assert text in page, text


def test_the_search_page_uses_a_fixed_number_of_queries(client, make_dataset,
                                                       django_assert_max_num_queries):
    for n in range(12):
        make_dataset(name=f"d{n}", title=f"สถิตินักท่องเที่ยวชุดที่ {n}", groups=["economy"])
    with django_assert_max_num_queries(12):
        client.get("/catalog/", {"q": "นักท่องเที่ยว"})
    with django_assert_max_num_queries(12):
        client.get("/catalog/")


def test_the_dataset_page_shows_yes_no_choices_by_their_thai_labels(client, public_dataset):
    page = client.get("/catalog/dataset/nk-tourists/").content.decode()
    assert "<dt>ยินยอมให้นำชื่อชุดข้อมูลไปใช้ที่ GD Catalog</dt><dd>ยินยอม</dd>" in page


def test_an_other_please_specify_field_shows_only_when_filled(client, make_dataset):
    make_dataset(geo_coverage="อื่นๆ", geo_coverage_other="ลุ่มน้ำโขงตอนกลาง")
    page = client.get("/catalog/dataset/nk-tourists/").content.decode()
    assert "ลุ่มน้ำโขงตอนกลาง" in page
    assert page.count("(อื่นๆ โปรดระบุ)") == 1
