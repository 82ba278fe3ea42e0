import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pcio.agencies.models import Agency, District


@pytest.fixture
def registry(make_agency, district, province):
    phon = District.objects.get_or_create(  # reference data, unless a transactional test
        code="4305", defaults={"province": province, "name_th": "โพนพิสัย"})[0]  # emptied it
    make_agency("1", "ไก่ตัวอย่าง", type="sao")
    make_agency("2", "กาลตัวอย่าง", type="municipality", district=phon)
    make_agency("3", "เกิดตัวอย่าง", type="sao", district=phon)
    make_agency("4", "สำนักงานสถิติจังหวัดหนองคาย", type="central", name_en="Statistics")
    return phon


def _names(response):
    return [a.name_th for a in response.context["page"]]


def test_it_lists_agencies_in_thai_dictionary_order(client, registry):
    names = _names(client.get("/agencies/"))
    assert names == ["กาลตัวอย่าง", "เกิดตัวอย่าง", "ไก่ตัวอย่าง", "สำนักงานสถิติจังหวัดหนองคาย"]


def test_it_searches_thai_names_and_english_names(client, registry):
    assert _names(client.get("/agencies/", {"q": "สถิติ"})) == ["สำนักงานสถิติจังหวัดหนองคาย"]
    assert _names(client.get("/agencies/", {"q": "statis"})) == ["สำนักงานสถิติจังหวัดหนองคาย"]


def test_it_filters_by_type_and_district(client, registry):
    response = client.get("/agencies/", {"type": "sao", "district": registry.pk})
    assert _names(response) == ["เกิดตัวอย่าง"]


def test_it_pages_on_the_server_and_keeps_filters_in_page_links(client, registry, settings):
    settings.PCIO_PAGE_SIZE = 2
    first = client.get("/agencies/", {"type": "sao"})
    assert len(first.context["page"]) == 2 and not first.context["page"].has_next()
    response = client.get("/agencies/", {"q": "ตัวอย่าง"})
    assert response.context["page"].paginator.num_pages == 2
    assert "q=%E0%B8%95" in response.content.decode() and "page=2" in response.content.decode()
    assert _names(client.get("/agencies/", {"q": "ตัวอย่าง", "page": 2})) == ["ไก่ตัวอย่าง"]


def test_the_number_of_queries_does_not_grow_with_the_page_size(client, make_agency, settings):
    for n in range(60):
        make_agency(f"N{n}", f"องค์การบริหารส่วนตำบลที่ {n}", type="sao")

    def count(size):
        settings.PCIO_PAGE_SIZE = size
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/agencies/", {"type": "sao"}).status_code == 200
        return len(queries)

    assert count(5) == count(50)


def test_the_agency_page_shows_contact_details_only_to_signed_in_users(client, agency_a,
                                                                       committee_member):
    Agency.objects.filter(pk=agency_a.pk).update(phone="042-999-999")
    assert "042-999-999" not in client.get(agency_a.get_absolute_url()).content.decode()
    client.force_login(committee_member)
    assert "042-999-999" in client.get(agency_a.get_absolute_url()).content.decode()
