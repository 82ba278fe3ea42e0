"""The catalog import page offers a template: an XLSX (and a CSV) headed by the columns' Thai
labels, required ones marked "*", with a sheet explaining each column. Filled in as a civil
servant would (Thai values, a B.E. date, choices by their Thai label) and uploaded through
the page, it creates the dataset; English labels and the field names import too."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pcio.catalog import template
from pcio.catalog.models import Dataset

ROW = {
    "ประเภทชุดข้อมูล": "ข้อมูลสถิติ", "ชื่อชุดข้อมูล": "จำนวนนักท่องเที่ยวจังหวัดหนองคาย",
    "ชื่อย่อชุดข้อมูล (URL)": "nk-tourists", "หน่วยงานเจ้าของข้อมูล": "A",
    "ยินยอมให้นำชื่อชุดข้อมูลไปใช้ที่ GD Catalog": "ยินยอม", "ชื่อผู้ติดต่อ": "ฝ่ายสถิติ",
    "อีเมลผู้ติดต่อ": "stat@example.go.th", "คำสำคัญ": "ท่องเที่ยว, นักท่องเที่ยว",
    "รายละเอียด": "นักท่องเที่ยวที่เดินทางมาหนองคาย", "วัตถุประสงค์": "พันธกิจหน่วยงาน",
    "หน่วยความถี่ของการปรับปรุงข้อมูล": "เดือน", "ค่าความถี่ของการปรับปรุงข้อมูล": 1,
    "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่": "จังหวัด", "แหล่งที่มา": "สำนักงานการท่องเที่ยว",
    "รูปแบบการเก็บข้อมูล": "CSV", "หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูล": "ข้อมูลสาธารณะ",
    "ระดับชั้นข้อมูล": "เปิดเผย", "สัญญาอนุญาตให้ใช้ข้อมูล": "Open Data Common",
    "วันที่ปรับปรุงข้อมูลล่าสุด": "31/01/2568", "กลุ่มชุดข้อมูล": "เศรษฐกิจ การค้า และการลงทุน",
}


@pytest.fixture
def officer(client, officer_a):
    from pcio.catalog import services

    services.ensure_groups()
    client.force_login(officer_a)
    return client


def upload(client, name, body):
    return client.post("/catalog/import/", {"file": SimpleUploadedFile(name, body)})


def filled(body, row) -> bytes:
    """The downloaded template with one row written in under its headers, as in Excel."""
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book.worksheets[0]
    for column, cell in enumerate(sheet[1], start=1):
        label = cell.value.removesuffix(" *")
        if label in row:
            sheet.cell(2, column, row[label])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_xlsx_template_is_headed_in_thai_and_explains_each_column(officer):
    response = officer.get("/catalog/import/template.xlsx")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["ชุดข้อมูล", "คำอธิบายคอลัมน์"]
    headers = [c.value for c in book.worksheets[0][1]]
    assert "ชื่อชุดข้อมูล *" in headers and "อีเมลผู้ติดต่อ *" in headers
    assert "ประเภทชุดข้อมูล" in headers and "title" not in headers
    explained = {row[0]: row for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)}
    label, required, help_text, allowed, example, *_ = explained["ระดับชั้นข้อมูล"]
    assert help_text and "เปิดเผย" in allowed.split("\n") and example == "เปิดเผย"
    assert explained["อีเมลผู้ติดต่อ"][1] == "จำเป็น"
    assert "ยินยอม" in explained["ยินยอมให้นำชื่อชุดข้อมูลไปใช้ที่ GD Catalog"][3]


def test_a_filled_in_template_uploaded_through_the_page_creates_the_dataset(officer):
    body = filled(officer.get("/catalog/import/template.xlsx").content, ROW)
    response = upload(officer, "แบบฟอร์ม.xlsx", body)
    assert response.status_code == 200, response.content.decode()
    dataset = Dataset.objects.get(name="nk-tourists")
    metadata = dataset.metadata()
    assert metadata["last_updated_date"] == "2025-01-31"  # 31/01/2568
    assert metadata["allow_harvest"] == "True"  # written as ยินยอม
    assert list(dataset.groups.values_list("name", flat=True)) == ["economy"]


def test_the_thai_headed_csv_template_imports_too(officer):
    header = officer.get("/catalog/import/template.csv").content.decode("utf-8-sig").strip()
    labels = [h.removesuffix(" *") for h in header.split(",")]
    line = ",".join(f'"{ROW.get(label, "")}"' for label in labels)
    response = upload(officer, "catalog.csv", f"{header}\n{line}\n".encode())
    assert response.status_code == 200, response.content.decode()
    assert Dataset.objects.filter(name="nk-tourists").exists()


def test_english_labels_and_field_names_with_stray_spaces_case_and_marks_import(officer):
    columns = template.columns("en")
    english = {c.label: c.name for c in columns}
    assert english["Contact email"] == "maintainer_email"
    by_name = {template.columns("th")[i].label: c for i, c in enumerate(columns)}
    headers, values = [], []
    for label, value in ROW.items():
        column = by_name[label]
        # the English label for half of the columns, the field name (shouted) for the rest
        header = column.label if len(headers) % 2 else f"  {column.name.upper()} * "
        headers.append(header)
        values.append(f'"{value}"')
    response = upload(officer, "catalog.csv", f"{','.join(headers)}\n{','.join(values)}\n"
                      .encode())
    assert response.status_code == 200, response.content.decode()
    assert Dataset.objects.filter(name="nk-tourists").exists()


def test_the_english_interface_gives_an_english_template(officer):
    officer.cookies["django_language"] = "en"
    book = openpyxl.load_workbook(io.BytesIO(officer.get("/catalog/import/template.xlsx").content))
    assert book.sheetnames == ["Datasets", "Columns"]
    assert "Dataset name *" in [c.value for c in book.worksheets[0][1]]
