import pytest

from pcio.catalog import services
from pcio.catalog.models import Facet


def test_saving_a_dataset_keeps_gd_catalog_fields_and_computes_quality(make_dataset):
    dataset = make_dataset(unit_of_measure="คน", groups=["economy"])
    assert dataset.organization.code == "A"
    assert dataset.extras["unit_of_measure"] == "คน"
    assert dataset.metadata()["tag_string"] == "ท่องเที่ยว, นักท่องเที่ยว"
    assert dataset.quality_score > 0
    assert dataset.due_date is not None
    assert set(Facet.objects.filter(dataset=dataset, facet="groups")
               .values_list("value", flat=True)) == {"economy"}


def test_an_invalid_dataset_is_refused_with_thai_messages(agency_a):
    with pytest.raises(services.Invalid) as caught:
        services.save_dataset({"name": "x1", "title": "ทดสอบ", "owner_org": "A"})
    assert "กรุณากรอกอีเมลผู้ติดต่อ" in caught.value.errors["maintainer_email"][0]


def test_an_unknown_agency_is_refused(metadata, db):
    with pytest.raises(services.Invalid) as caught:
        services.save_dataset(metadata(owner_org="NOPE"))
    assert "ไม่พบหน่วยงานรหัส NOPE" in caught.value.errors["owner_org"]


def test_a_taken_name_is_refused(make_dataset, metadata):
    make_dataset()
    with pytest.raises(services.Invalid) as caught:
        services.save_dataset(metadata(title="อีกชุด"))
    assert "ถูกใช้แล้ว" in caught.value.errors["name"][0]


def test_a_patch_changes_only_the_fields_sent(public_dataset):
    services.save_dataset({"notes": "รายละเอียดใหม่"}, public_dataset, patch=True)
    public_dataset.refresh_from_db()
    assert public_dataset.notes == "รายละเอียดใหม่"
    assert public_dataset.title.startswith("จำนวนนักท่องเที่ยว")
