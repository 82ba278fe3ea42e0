"""package_search q (and fq) in the Solr field syntax CKAN clients send, driven by ckanapi."""

import ckanapi
import pytest


@pytest.fixture
def catalog(make_dataset):
    make_dataset(groups=["society"])  # nk-tourists: organization A, CSV, statistics
    make_dataset(name="trade", title="มูลค่าการค้าชายแดนไทย-ลาว ด่านศุลกากรหนองคาย",
                 owner_org="B", data_type="ข้อมูลระเบียน", tag_string="การค้า ชายแดน, ส่งออก",
                 groups=["economy"], data_format=["XLS"],
                 notes="มูลค่านำเข้าและส่งออกผ่านด่านศุลกากรหนองคาย")
    make_dataset(name="population", title="จำนวนประชากรจังหวัดหนองคาย รายอำเภอ",
                 tag_string="ประชากร", groups=["society"],
                 notes="ประชากรตามทะเบียนราษฎร์ ดูที่ https://stat.nongkhai.go.th/pop")


def names(result):
    return sorted(p["name"] for p in result["results"])


def search(ckan, **params):
    return ckan().action.package_search(**params)


def test_star_colon_star_matches_every_dataset(ckan, catalog):
    assert search(ckan, q="*:*")["count"] == 3


def test_name_matches_the_whole_name_only(ckan, catalog):
    assert names(search(ckan, q="name:trade")) == ["trade"]
    assert search(ckan, q="name:trad")["count"] == 0


def test_title_and_text_go_to_the_thai_full_text_search(ckan, catalog):
    assert names(search(ckan, q="title:ท่องเที่ยว")) == ["nk-tourists"]
    assert names(search(ckan, q="text:ประชากร")) == ["population"]


def test_a_quoted_value_keeps_its_space(ckan, catalog):
    assert names(search(ckan, q='tags:"การค้า ชายแดน"')) == ["trade"]


@pytest.mark.parametrize("q,expected", [
    ("tags:ประชากร", ["population"]),
    ("organization:b", ["trade"]),
    ("groups:society", ["nk-tourists", "population"]),
    ("res_format:XLS", ["trade"]),
    ("data_type:ข้อมูลระเบียน", ["trade"]),
    ('license_id:"Open Data Common"', ["nk-tourists", "population", "trade"]),
])
def test_facet_fields_filter_like_fq(ckan, catalog, q, expected):
    assert names(search(ckan, q=q)) == expected
    assert names(search(ckan, fq=q)) == expected


def test_free_text_and_field_terms_are_both_required(ckan, catalog):
    assert names(search(ckan, q="ท่องเที่ยว organization:a")) == ["nk-tourists"]
    assert search(ckan, q="ท่องเที่ยว organization:b")["count"] == 0


def test_a_minus_or_not_leaves_the_term_out(ckan, catalog):
    assert names(search(ckan, q="-organization:a")) == ["trade"]
    assert names(search(ckan, q="NOT tags:ประชากร")) == ["nk-tourists", "trade"]


def test_or_joins_values_of_one_field(ckan, catalog):
    assert search(ckan, fq="organization:a OR organization:b")["count"] == 3
    assert names(search(ckan, q="groups:(economy OR nothing)")) == ["trade"]


def test_a_web_address_is_free_text_not_a_field(ckan, catalog):
    assert names(search(ckan, q="https://stat.nongkhai.go.th/pop")) == ["population"]


def test_an_unknown_field_is_refused_as_ckan_refuses_a_bad_query(ckan, catalog):
    with pytest.raises(ckanapi.errors.SearchQueryError) as refused:
        search(ckan, q="colour:red")
    assert "colour" in str(refused.value)
    with pytest.raises(ckanapi.errors.SearchQueryError):
        search(ckan, fq="colour:red")
