"""Private and classified datasets never reach callers without the right."""

import ckanapi
import pytest


@pytest.fixture
def hidden(public_dataset, private_dataset, secret_dataset):
    return public_dataset


def names(result):
    return {p["name"] for p in result["results"]}


def test_anonymous_callers_see_only_published_datasets(ckan, hidden):
    client = ckan()
    assert client.action.package_list() == ["nk-tourists"]
    everything = client.action.package_search(q="ชายแดน", include_private=True)
    assert names(everything) == set()
    for name in ("nk-private-draft", "nk-border-security"):
        with pytest.raises(ckanapi.NotFound):
            client.action.package_show(id=name)


def test_an_officer_of_another_agency_cannot_read_or_change_them(ckan, hidden, officer_b,
                                                                  token_for):
    client = ckan(token_for(officer_b))
    assert names(client.action.package_search(include_private=True)) == {"nk-tourists"}
    with pytest.raises(ckanapi.NotFound):
        client.action.package_show(id="nk-border-security")
    with pytest.raises(ckanapi.NotAuthorized):
        client.action.package_patch(id="nk-tourists", notes="แก้โดยหน่วยงานอื่น")


def test_the_owning_officer_sees_them_with_include_private(ckan, hidden, officer_a, token_for):
    client = ckan(token_for(officer_a))
    assert names(client.action.package_search(include_private=True)) == {
        "nk-tourists", "nk-private-draft", "nk-border-security"}
    assert "nk-private-draft" not in names(client.action.package_search())


def test_a_committee_member_reads_everything_but_changes_nothing(ckan, hidden,
                                                                 committee_member, token_for):
    client = ckan(token_for(committee_member))
    assert client.action.package_show(id="nk-border-security")["data_classification"] == "ลับ"
    with pytest.raises(ckanapi.NotAuthorized):
        client.action.package_delete(id="nk-border-security")


def test_writes_without_a_token_are_refused(ckan, hidden):
    with pytest.raises(ckanapi.NotAuthorized):
        ckan().action.package_patch(id="nk-tourists", notes="x")


def test_a_wrong_token_is_refused(ckan, hidden):
    with pytest.raises(ckanapi.NotAuthorized):
        ckan("not-a-token").action.package_list()
