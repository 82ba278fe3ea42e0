import io

import openpyxl

from pcio.catalog import tabular


def test_it_infers_types_and_thai_labels_from_a_utf8_csv():
    data = "อำเภอ,ปี,จำนวนนักท่องเที่ยว,รายได้ (ล้านบาท),วันที่สำรวจ\n" \
           "เมืองหนองคาย,2567,120000,350.5,2024-12-31\nท่าบ่อ,2567,45000,80.25,2024-12-31\n"
    fields = tabular.infer_dictionary(tabular.read_table(data.encode(), "t.csv"))
    types = {f["name"]: f["type"] for f in fields}
    assert types == {"อำเภอ": "text", "ปี": "integer", "จำนวนนักท่องเที่ยว": "integer",
                     "รายได้ (ล้านบาท)": "decimal", "วันที่สำรวจ": "date"}
    assert fields[0]["label_th"] == "อำเภอ"
    assert fields[0]["example"] == "เมืองหนองคาย"


def test_it_reads_a_tis620_csv_saved_by_excel():
    data = "district,ชื่อด่าน,มูลค่า\nเมืองหนองคาย,ด่านศุลกากรหนองคาย,1200\n".encode("cp874")
    table = tabular.read_table(data, "border.csv")
    assert table.headers == ["district", "ชื่อด่าน", "มูลค่า"]
    assert table.rows[0][1] == "ด่านศุลกากรหนองคาย"


def test_it_reads_an_xlsx_with_numbers():
    book = openpyxl.Workbook()
    book.active.append(["code", "value"])
    book.active.append(["4301", 12.5])
    out = io.BytesIO()
    book.save(out)
    fields = tabular.infer_dictionary(tabular.read_table(out.getvalue(), "x.xlsx"))
    assert [f["type"] for f in fields] == ["integer", "decimal"]


def test_phone_numbers_with_a_leading_zero_stay_text():
    table = tabular.Table(["tel"], [["0812345678"], ["042411234"]])
    assert tabular.infer_dictionary(table)[0]["type"] == "text"
