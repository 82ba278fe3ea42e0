import pytest

from pcio.catalog import services

PEOPLE = ("ชื่อ-สกุล,เลขประจำตัวประชาชน,โทรศัพท์\n"
          "นายสมชาย ใจดี,1101700230708,081-234-5678\n").encode()
COUNTS = "อำเภอ,จำนวน\nเมืองหนองคาย,120\nท่าบ่อ,45\n".encode()


def test_an_upload_with_personal_data_hides_a_public_dataset(public_dataset):
    resource, notes = services.save_resource(public_dataset, {"name": "รายชื่อ"},
                                             upload=(PEOPLE, "people.csv"))
    public_dataset.refresh_from_db()
    assert public_dataset.private and public_dataset.personal_data_found
    assert any("ถูกซ่อน" in n for n in notes)
    assert {f["kind"] for f in resource.personal_findings} == {"name", "thai_id", "phone"}


def test_it_cannot_be_made_public_again_until_fixed(public_dataset):
    resource, _ = services.save_resource(public_dataset, {"name": "รายชื่อ"},
                                         upload=(PEOPLE, "people.csv"))
    with pytest.raises(services.Invalid) as caught:
        services.save_dataset({"private": False}, public_dataset, patch=True)
    assert "พบข้อมูลส่วนบุคคล" in caught.value.errors["data_category"][0]
    resource.fields.update(personal="")
    services.save_resource(public_dataset, {}, upload=(COUNTS, "people.csv"), resource=resource)
    services.save_dataset({"private": False}, public_dataset, patch=True)
    public_dataset.refresh_from_db()
    assert not public_dataset.private and not public_dataset.personal_data_found


def test_reclassifying_as_internal_data_allows_saving(public_dataset):
    services.save_resource(public_dataset, {"name": "รายชื่อ"}, upload=(PEOPLE, "p.csv"))
    services.save_dataset({"data_category": "ข้อมูลส่วนบุคคล", "data_classification": "ลับ",
                           "license_id": "อื่นๆ"}, public_dataset, patch=True)
    public_dataset.refresh_from_db()
    assert public_dataset.data_classification == "ลับ"


def test_an_upload_fills_the_dictionary_preview_and_tabular_quality(public_dataset):
    resource, notes = services.save_resource(public_dataset, {"name": "สถิติ"},
                                             upload=(COUNTS, "counts.csv"))
    assert notes == []
    assert [f.name for f in resource.fields.all()] == ["อำเภอ", "จำนวน"]
    assert resource.preview["rows"][0] == ["เมืองหนองคาย", "120"]
    assert resource.quality["completeness"] == 100
    assert resource.format == "CSV"
