"""The dataset form (Thai labels, fields per data type), the dictionary editor, the council
dashboard, and who may use them."""

from pcio.catalog import services
from pcio.catalog.models import Dataset, Field
from pcio.catalog.tests.conftest import valid_metadata

COUNTS = "amphoe,total\nเมืองหนองคาย,120\n".encode()


def form_data(**overrides):
    data = valid_metadata(**overrides)
    data["tag_string"] = data["tag_string"]
    return {k: v for k, v in data.items() if v is not None}


def test_the_form_shows_thai_labels_and_the_sections_per_data_type(client, officer_a):
    services.ensure_groups()
    client.force_login(officer_a)
    page = client.get("/catalog/new/").content.decode()
    assert 'อีเมลผู้ติดต่อ <span class="required"' in page and "ระดับชั้นข้อมูล" in page
    assert 'data-section="stat"' in page and 'data-section="gis"' in page
    assert 'id="sections-by-type"' in page


def test_an_officer_creates_a_dataset_for_their_agency(client, officer_a, agency_b):
    services.ensure_groups()
    client.force_login(officer_a)
    response = client.post("/catalog/new/", form_data(unit_of_measure="คน"))
    assert response.status_code == 302
    dataset = Dataset.objects.get(name="nk-tourists")
    assert dataset.organization.code == "A" and dataset.extras["unit_of_measure"] == "คน"


def test_fields_of_another_data_type_are_not_kept(client, officer_a):
    client.force_login(officer_a)
    client.post("/catalog/new/", form_data(data_type="ข้อมูลระเบียน", unit_of_measure="คน"))
    assert "unit_of_measure" not in Dataset.objects.get(name="nk-tourists").extras


def test_an_officer_cannot_create_for_another_agency(client, officer_a, agency_b):
    client.force_login(officer_a)
    response = client.post("/catalog/new/", form_data(owner_org="B"))
    assert response.status_code == 400
    assert not Dataset.objects.exists()


def test_the_form_shows_the_classification_rule_in_thai(client, officer_a):
    client.force_login(officer_a)
    response = client.post("/catalog/new/", form_data(data_classification="ลับ"))
    assert response.status_code == 400
    assert "ข้อมูลสาธารณะต้องมีระดับชั้นข้อมูล เปิดเผย" in response.content.decode()


def test_another_agencys_officer_cannot_edit(client, officer_b, public_dataset):
    client.force_login(officer_b)
    assert client.get("/catalog/dataset/nk-tourists/edit/").status_code == 403


def test_the_dictionary_editor_saves_labels_units_and_personal_flags(client, officer_a,
                                                                     public_dataset):
    resource, _ = services.save_resource(public_dataset, {"name": "t"},
                                         upload=(COUNTS, "t.csv"))
    client.force_login(officer_a)
    url = f"/catalog/dataset/nk-tourists/resource/{resource.uid}/dictionary/"
    fields = list(resource.fields.all())
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2"}
    for i, f in enumerate(fields):
        data.update({f"form-{i}-id": f.id, f"form-{i}-label_th": f"ป้าย {f.name}",
                     f"form-{i}-type": f.type, f"form-{i}-unit": "คน" if i else "",
                     f"form-{i}-description": "", f"form-{i}-example": f.example,
                     f"form-{i}-personal": ""})
    assert client.post(url, data).status_code == 302
    assert Field.objects.get(name="total").unit == "คน"
    assert Field.objects.get(name="amphoe").label_th == "ป้าย amphoe"


def test_the_council_dashboard_counts_overdue_and_incomplete(client, committee_member,
                                                            make_dataset):
    make_dataset(last_updated_date="2020-01-01")
    make_dataset(name="fresh", title="ข้อมูลใหม่", last_updated_date="2099-01-01")
    client.force_login(committee_member)
    page = client.get("/catalog/dashboard/").content.decode()
    assert "สำนักงานสถิติจังหวัดหนองคาย" in page
    assert "ชุดข้อมูลที่เลยกำหนดปรับปรุง" in page and "nk-tourists" in page


def test_marking_a_field_personal_hides_a_public_dataset(client, officer_a, public_dataset):
    resource, _ = services.save_resource(public_dataset, {"name": "t"},
                                         upload=(COUNTS, "t.csv"))
    client.force_login(officer_a)
    fields = list(resource.fields.all())
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2"}
    for i, f in enumerate(fields):
        data.update({f"form-{i}-id": f.id, f"form-{i}-label_th": "", f"form-{i}-type": f.type,
                     f"form-{i}-unit": "", f"form-{i}-description": "",
                     f"form-{i}-example": "", f"form-{i}-personal": "personal" if i else ""})
    client.post(f"/catalog/dataset/nk-tourists/resource/{resource.uid}/dictionary/", data)
    public_dataset.refresh_from_db()
    assert public_dataset.private and public_dataset.personal_data_found
