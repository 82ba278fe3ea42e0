from pcio.catalog import schema


def test_it_lists_the_fourteen_mandatory_fields():
    assert len(schema.mandatory()) == 14
    assert {"title", "name", "owner_org", "maintainer_email", "data_category",
            "license_id"} <= set(schema.mandatory())


def test_it_uses_the_gd_catalog_thai_choice_values():
    assert schema.field("data_category")["choices"] == [
        "ข้อมูลสาธารณะ", "ข้อมูลใช้ภายใน", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง",
        "ข้อมูลความลับทางราชการ"]
    assert schema.field("data_classification")["choices"] == [
        "เปิดเผย", "ชั้นเผยแพร่ภายในองค์กร", "ลับ", "ลับมาก", "ลับที่สุด"]
    assert schema.data_types()[1] == "ข้อมูลสถิติ"


def test_statistics_fields_show_only_for_statistics_data():
    assert "unit_of_measure" in schema.fields_for("ข้อมูลสถิติ")
    assert "unit_of_measure" not in schema.fields_for("ข้อมูลหลากหลายประเภท")
    assert "unit_of_measure" not in schema.fields_for("ข้อมูลระเบียน")
    assert "west_bound_longitude" in schema.fields_for("ข้อมูลภูมิสารสนเทศเชิงพื้นที่")
    assert "west_bound_longitude" not in schema.fields_for("ข้อมูลสถิติ")


def test_it_has_the_seven_category_groups():
    assert len(schema.groups()) == 7
