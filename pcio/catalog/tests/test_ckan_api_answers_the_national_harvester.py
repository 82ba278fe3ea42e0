"""allow_harvest as ckanext-thai_gdc keeps it, and the requests a CKAN harvester makes
(ckanext-harvest's CKANHarvester: sort=id asc, pages of rows, fq with OR and
metadata_modified ranges), driven by ckanapi."""

from datetime import UTC, datetime, timedelta

import pytest


@pytest.fixture
def catalog(make_dataset):
    make_dataset()  # nk-tourists: public, its owner never chose
    make_dataset(name="refused", title="ชุดที่เจ้าของไม่ยินยอม", allow_harvest="False")
    make_dataset(name="consenting-draft", title="ร่างที่ยินยอม", private=True,
                 allow_harvest="True")
    make_dataset(name="draft", title="ร่างที่ไม่ได้เลือก", private=True)


@pytest.fixture
def harvester(ckan, secretariat, token_for):
    return ckan(token_for(secretariat))


def names(packages):
    return sorted(p["name"] for p in packages)


def test_package_show_says_true_or_false_as_the_extension_stores_it(ckan, catalog):
    client = ckan()
    assert client.action.package_show(id="nk-tourists")["allow_harvest"] == "True"
    assert client.action.package_show(id="refused")["allow_harvest"] == "False"


def test_fq_allow_harvest_finds_public_datasets_their_owners_did_not_refuse(ckan, catalog):
    found = ckan().action.package_search(fq="allow_harvest:True")
    assert names(found["results"]) == ["nk-tourists"]


def test_with_a_token_and_include_private_it_also_finds_consenting_private_ones(harvester,
                                                                               catalog):
    found = harvester.action.package_search(fq="allow_harvest:True", include_private=True)
    assert names(found["results"]) == ["consenting-draft", "nk-tourists"]
    refused = harvester.action.package_search(fq="allow_harvest:False", include_private=True)
    assert names(refused["results"]) == ["draft", "refused"]


def test_the_listing_actions_still_show_datasets_not_offered_for_harvest(ckan, catalog):
    client = ckan()
    assert client.action.package_list() == ["nk-tourists", "refused"]
    assert client.action.package_search()["count"] == 2
    assert names(client.action.current_package_list_with_resources()) == [
        "nk-tourists", "refused"]


def harvest_pages(client, fq):
    """What CKANHarvester._search_for_datasets does: pages of rows by id until one is empty."""
    params, found = {"rows": 1, "start": 0, "sort": "id asc", "fq": fq,
                     "include_private": True}, []
    while page := client.action.package_search(**params)["results"]:
        found += page
        params["start"] += params["rows"]
    return found


def test_a_ckan_harvester_pages_by_id_and_asks_only_for_changes(harvester, catalog):
    since = (datetime.now(UTC) - timedelta(hours=1)).replace(tzinfo=None).isoformat()
    found = harvest_pages(harvester, f"allow_harvest:True metadata_modified:[{since}Z TO *]")
    assert names(found) == ["consenting-draft", "nk-tourists"]
    assert [p["id"] for p in found] == sorted(p["id"] for p in found)
    later = (datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None).isoformat()
    assert harvest_pages(harvester, f"metadata_modified:[{later}Z TO *]") == []


def test_a_ckan_harvester_can_narrow_to_some_organizations(harvester, catalog, make_dataset):
    make_dataset(name="trade", title="การค้าชายแดน", owner_org="B")
    found = harvest_pages(harvester, "organization:a OR organization:b")
    assert len(found) == 5
    assert names(harvest_pages(harvester, "-organization:a")) == ["trade"]
