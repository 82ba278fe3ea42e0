from django.core.files.uploadedfile import SimpleUploadedFile

from pcio.agencies.models import Agency
from pcio.agencies.tests.conftest import csv_bytes


def _upload(client, data):
    return client.post("/agencies/import/", {"file": SimpleUploadedFile("a.csv", data)})


def test_the_secretariat_imports_a_file_through_the_page(client, secretariat, nong_khai):
    client.force_login(secretariat)
    response = _upload(client, csv_bytes("X1,หน่วยงานใหม่,,,other,,43,4301,,,,,,0"))
    assert response.status_code == 200
    assert "เพิ่ม 1" in response.content.decode()
    assert Agency.objects.filter(code="X1").exists()


def test_a_bad_file_shows_every_bad_row_and_changes_nothing(client, secretariat, nong_khai):
    client.force_login(secretariat)
    response = _upload(client, csv_bytes("X1,ดี,,,other,,,,,,,,,0", "X2,เสีย,,,wrong,,,,,,,,,0",
                                         "X3,เสีย,,,other,,,,,,,,,nah"))
    body = response.content.decode()
    assert response.status_code == 400
    assert "แถวที่ 3" in body and "แถวที่ 4" in body
    assert not Agency.objects.exists()


def test_an_oversized_upload_is_refused_with_a_clear_message(client, secretariat, settings):
    settings.PCIO_MAX_IMPORT_BYTES = 1024
    client.force_login(secretariat)
    response = _upload(client, csv_bytes("X1,ดี,,,other,,,,,,,,,0") + b"#" * 4096)
    assert response.status_code == 400
    assert "ไฟล์ใหญ่เกินกำหนด" in response.content.decode()
