from pcio.readiness.embeds import EMBEDS


def test_the_comparison_embed_is_the_table_of_item_3_1(years):
    table = EMBEDS["comparison"](unit="43", year=2567)
    assert table["columns"][1:4] == ["ปี 2566", "ปี 2567", "ผลต่าง"]
    assert table["rows"][0][1:] == ["43.57", "91.79", "+48.22", "5 พัฒนาอย่างต่อเนื่อง", "95.38",
                                    "55.86"]
    assert table["rows"][5][1:4] == ["0.00", "56.00", "+56.00"]
    assert "ข้อสันนิษฐาน" in table["note"]


def test_the_overview_embed_gives_both_years(years):
    table = EMBEDS["overview"](unit="หนองคาย", year="2567")
    assert table["rows"][0] == ["คะแนนรวม", "39.78", "70.93"]
    assert table["rows"][1] == ["ระดับความพร้อม", "2 กำลังพัฒนา", "3 มีแนวทางชัดเจน"]
    assert table["rows"][2] == ["คะแนนเฉลี่ยจังหวัด", "44.88", "53.81"]
    assert table["rows"][3] == ["คะแนนจังหวัดอันดับ 1", "72.63", "78.91"]
    assert table["rows"][4] == ["อันดับ", "50/76", "7/76"]


def test_the_kpi_targets_embed_gives_the_tables_of_item_3_2(years):
    table = EMBEDS["kpi_targets"](unit="43")
    assert "2568" in table["title"]
    assert table["rows"][0][1:] == ["อย่างน้อย 5 ตัวชี้วัด", "อย่างน้อย 6 ตัวชี้วัด",
                                    "อย่างน้อย 7 ตัวชี้วัด"]
    assert table["rows"][1][1:] == ["60.93 คะแนน", "70.93 คะแนน", "75.93 คะแนน"]
