"""A delete that PROTECT/RESTRICT foreign keys block is a 409 naming the records in the
way (model, id, text; the first 20 and how many in all), not Django's ProtectedError as a 500."""

from pcio.agencies.models import Agency
from pcio.catalog import services
from pcio.catalog.tests.conftest import valid_metadata


def test_deleting_an_agency_that_has_a_dataset_is_a_409_naming_the_dataset(
        client, secretariat, token_for, agency_a):
    services.ensure_groups()
    dataset = services.save_dataset(valid_metadata(owner_org="A"))
    response = client.delete("/api/v1/agencies/A/", HTTP_AUTHORIZATION=token_for(secretariat))
    assert response.status_code == 409
    body = response.json()
    assert body["blocked_by"] == [{"model": "catalog.dataset", "model_name": "ชุดข้อมูล",
                                   "id": dataset.pk, "str": dataset.title}]
    assert body["blocked_by_count"] == 1
    assert Agency.objects.filter(code="A").exists()


def test_a_long_list_of_blocking_records_is_cut_at_20_with_the_full_count(
        client, secretariat, token_for, agency_a, make_agency):
    for n in range(25):
        make_agency(f"A-{n:02d}", parent=agency_a)
    response = client.delete("/api/v1/agencies/A/", HTTP_AUTHORIZATION=token_for(secretariat))
    assert response.status_code == 409
    body = response.json()
    assert body["blocked_by_count"] == 25
    assert [r["str"] for r in body["blocked_by"]][:2] == ["หน่วยงาน A-00", "หน่วยงาน A-01"]
    assert len(body["blocked_by"]) == 20


def test_an_agency_nothing_refers_to_is_deleted(client, secretariat, token_for, agency_a):
    response = client.delete("/api/v1/agencies/A/", HTTP_AUTHORIZATION=token_for(secretariat))
    assert response.status_code == 204
    assert not Agency.objects.filter(code="A").exists()
