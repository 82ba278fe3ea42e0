"""The CKAN Action API read actions, driven by the real ckanapi client over HTTP."""

import pytest


@pytest.fixture
def catalog(make_dataset):
    make_dataset(groups=["economy"])
    make_dataset(name="trade", title="มูลค่าการค้าชายแดนไทย-ลาว ด่านศุลกากรหนองคาย",
                 owner_org="B", tag_string="การค้าชายแดน, ส่งออก", groups=["economy"],
                 allow_harvest="True")


def test_status_show_says_it_is_ckan(ckan, db):
    assert ckan().action.status_show()["ckan_version"].startswith("2.")


def test_package_list_and_show(ckan, catalog):
    client = ckan()
    assert client.action.package_list() == ["nk-tourists", "trade"]
    package = client.action.package_show(id="trade")
    assert package["title"].startswith("มูลค่าการค้าชายแดน")
    assert package["organization"]["name"] == "b"
    assert package["data_category"] == "ข้อมูลสาธารณะ"
    assert {t["name"] for t in package["tags"]} == {"การค้าชายแดน", "ส่งออก"}


def test_package_search_finds_thai_words_with_facets(ckan, catalog):
    result = ckan().action.package_search(q="ค้าชายแดน", **{"facet.field": '["organization"]'})
    assert result["count"] == 1
    assert result["results"][0]["name"] == "trade"
    assert result["search_facets"]["organization"]["items"][0]["name"] == "b"


def test_package_search_filters_sorts_and_pages(ckan, catalog):
    client = ckan()
    assert client.action.package_search(fq="organization:a")["count"] == 1
    assert client.action.package_search(fq='tags:"ส่งออก"')["results"][0]["name"] == "trade"
    ordered = client.action.package_search(sort="name desc", rows=1, start=1)
    assert ordered["count"] == 2
    assert [p["name"] for p in ordered["results"]] == ["nk-tourists"]


def test_organizations_groups_tags_and_licences(ckan, catalog):
    client = ckan()
    assert client.action.organization_list() == ["a", "b"]
    orgs = client.action.organization_list(all_fields=True)
    assert orgs[0]["title"] == "สำนักงานสถิติจังหวัดหนองคาย" and orgs[0]["package_count"] == 1
    assert client.action.organization_show(id="b")["package_count"] == 1
    assert len(client.action.group_list()) == 7
    assert client.action.group_show(id="economy")["package_count"] == 2
    assert "การค้าชายแดน" in client.action.tag_list()
    assert "Open Data Common" in {lic["id"] for lic in client.action.license_list()}


def test_current_package_list_with_resources(ckan, catalog):
    packages = ckan().action.current_package_list_with_resources(limit=10)
    assert {p["name"] for p in packages} == {"nk-tourists", "trade"}
    assert all("resources" in p for p in packages)
