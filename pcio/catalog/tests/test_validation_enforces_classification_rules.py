from pcio.catalog.tests.conftest import valid_metadata
from pcio.catalog.validation import validate


def test_a_complete_public_dataset_is_valid():
    assert validate(valid_metadata()) == {}


def test_it_names_every_missing_mandatory_field_in_thai():
    errors = validate({"data_type": "ข้อมูลระเบียน"})
    assert len(errors) >= 14
    assert "กรุณากรอกอีเมลผู้ติดต่อ" in errors["maintainer_email"][0]


def test_public_data_must_be_classified_open():
    errors = validate(valid_metadata(data_classification="ลับ", license_id="อื่นๆ"))
    assert "ข้อมูลสาธารณะต้องมีระดับชั้นข้อมูล เปิดเผย" in errors["data_classification"]


def test_security_data_must_be_secret_or_higher():
    errors = validate(valid_metadata(data_category="ข้อมูลความมั่นคง",
                                     data_classification="ชั้นเผยแพร่ภายในองค์กร",
                                     license_id="อื่นๆ"))
    assert "ลับ ลับมาก หรือ ลับที่สุด" in errors["data_classification"][0]


def test_official_secret_data_classified_secret_is_valid():
    assert validate(valid_metadata(data_category="ข้อมูลความลับทางราชการ",
                                   data_classification="ลับมาก",
                                   license_id="อื่นๆ")) == {}


def test_the_licence_follows_the_classification():
    closed = validate(valid_metadata(
        license_id="Creative Commons Attribution Non-Commercial"))
    assert "สัญญาอนุญาตแบบเปิด" in closed["license_id"][0]
    opened = validate(valid_metadata(data_category="ข้อมูลใช้ภายใน",
                                     data_classification="ชั้นเผยแพร่ภายในองค์กร"))
    assert "ใช้สัญญาอนุญาตแบบเปิดไม่ได้" in opened["license_id"][0]


def test_public_data_holding_personal_data_is_refused():
    errors = validate(valid_metadata(), personal_data=True)
    assert "พบข้อมูลส่วนบุคคล" in errors["data_category"][0]


def test_personal_data_cannot_be_open():
    errors = validate(valid_metadata(data_category="ข้อมูลส่วนบุคคล"))
    assert "ข้อมูลส่วนบุคคลกำหนดระดับชั้น เปิดเผย ไม่ได้" in errors["data_classification"]


def test_it_rejects_a_choice_that_is_not_in_the_schema():
    errors = validate(valid_metadata(update_frequency_unit="ทุกวันจันทร์"))
    assert "ไม่มีตัวเลือก ทุกวันจันทร์" in errors["update_frequency_unit"][0]


def test_it_rejects_gis_fields_on_a_record_dataset():
    errors = validate(valid_metadata(data_type="ข้อมูลระเบียน", west_bound_longitude="102.1"))
    assert "ใช้กับชุดข้อมูลประเภท ข้อมูลระเบียน ไม่ได้" in errors["west_bound_longitude"][0]


def test_it_rejects_a_bounding_box_turned_inside_out():
    errors = validate(valid_metadata(
        data_type="ข้อมูลภูมิสารสนเทศเชิงพื้นที่", west_bound_longitude="103.5",
        east_bound_longitude="102.0", south_bound_longitude="17.5", north_bound_longitude="18.2"))
    assert "east_bound_longitude" in errors
    assert "north_bound_longitude" not in errors


def test_it_rejects_statistics_years_in_the_wrong_order():
    errors = validate(valid_metadata(first_year_of_data="2567", last_year_of_data="2560"))
    assert "ปีข้อมูลล่าสุดต้องไม่ก่อนปีที่เริ่มต้นจัดทำ" in errors["last_year_of_data"]
