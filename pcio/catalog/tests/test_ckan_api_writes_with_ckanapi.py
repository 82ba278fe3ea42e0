"""Creating and changing datasets and resources through the CKAN Action API with ckanapi."""

import ckanapi
import pytest

from pcio.catalog.models import Dataset
from pcio.catalog.tests.conftest import valid_metadata


@pytest.fixture
def officer_client(ckan, officer_a, token_for):
    from pcio.catalog import services

    services.ensure_groups()
    return ckan(token_for(officer_a))


def test_an_officer_creates_updates_patches_and_deletes_a_dataset(officer_client):
    created = officer_client.action.package_create(**valid_metadata(groups=[{"name": "economy"}]))
    assert created["name"] == "nk-tourists" and created["groups"][0]["name"] == "economy"
    changed = officer_client.action.package_update(**valid_metadata(title="ชื่อใหม่"))
    assert changed["title"] == "ชื่อใหม่"
    patched = officer_client.action.package_patch(id="nk-tourists", notes="แก้รายละเอียด")
    assert patched["notes"] == "แก้รายละเอียด" and patched["title"] == "ชื่อใหม่"
    officer_client.action.package_delete(id="nk-tourists")
    assert Dataset.objects.get(name="nk-tourists").state == "deleted"
    with pytest.raises(ckanapi.NotFound):
        ckanapi.RemoteCKAN(officer_client.address).action.package_show(id="nk-tourists")


def test_invalid_metadata_comes_back_as_a_ckan_validation_error(officer_client):
    with pytest.raises(ckanapi.ValidationError) as caught:
        officer_client.action.package_create(**valid_metadata(data_classification="ลับ"))
    assert "ข้อมูลสาธารณะต้องมีระดับชั้นข้อมูล เปิดเผย" in caught.value.error_dict[
        "data_classification"]


def test_a_resource_is_uploaded_read_back_changed_and_deleted(officer_client, tmp_path):
    officer_client.action.package_create(**valid_metadata())
    path = tmp_path / "tourists.csv"
    path.write_text("เดือน,จำนวน\nมกราคม,12000\nกุมภาพันธ์,9800\n", encoding="utf-8")
    with path.open("rb") as handle:
        resource = officer_client.action.resource_create(
            package_id="nk-tourists", name="จำนวนรายเดือน", upload=handle)
    assert resource["format"] == "CSV" and resource["url_type"] == "upload"
    assert [f["id"] for f in resource["data_dictionary"]] == ["เดือน", "จำนวน"]
    shown = officer_client.action.resource_show(id=resource["id"])
    assert shown["data_dictionary"][1]["type"] == "integer"
    officer_client.action.resource_update(id=resource["id"], name="ชื่อไฟล์ใหม่")
    assert officer_client.action.resource_show(id=resource["id"])["name"] == "ชื่อไฟล์ใหม่"
    officer_client.action.resource_delete(id=resource["id"])
    assert officer_client.action.package_show(id="nk-tourists")["num_resources"] == 0


def test_a_link_resource_needs_no_file(officer_client):
    officer_client.action.package_create(**valid_metadata())
    resource = officer_client.action.resource_create(
        package_id="nk-tourists", name="API", url="https://data.example.go.th/api", format="API")
    assert resource["url"] == "https://data.example.go.th/api"
