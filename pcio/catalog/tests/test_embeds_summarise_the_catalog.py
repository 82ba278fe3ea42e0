from pcio.catalog.embeds import EMBEDS


def test_the_summary_counts_datasets_per_agency(public_dataset, secret_dataset, make_dataset):
    make_dataset(name="b-data", owner_org="B", title="ขยะมูลฝอยในเขตเทศบาล")
    table = EMBEDS["summary"]()
    assert table["columns"][0] == "หน่วยงาน"
    rows = {r[0]: r for r in table["rows"]}
    assert rows["สำนักงานสถิติจังหวัดหนองคาย"][1:4] == [2, 1, 1]
    assert rows["เทศบาลเมืองหนองคาย"][1] == 1
    assert "รวม 3 ชุดข้อมูล" in table["note"]


def test_the_summary_can_be_limited_to_one_agency(public_dataset, make_dataset):
    make_dataset(name="b-data", owner_org="B", title="ขยะมูลฝอยในเขตเทศบาล")
    assert len(EMBEDS["summary"](agency="B")["rows"]) == 1
