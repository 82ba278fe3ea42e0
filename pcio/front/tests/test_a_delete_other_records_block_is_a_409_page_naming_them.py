"""A page whose delete is blocked by PROTECT/RESTRICT foreign keys answers 409 in the site's
layout listing the records in the way, in Thai or English, instead of a 500."""

import pytest

from pcio.agencies.models import Agency

pytestmark = pytest.mark.urls("pcio.front.tests.failing_urls")


def test_the_409_page_lists_the_blocking_records_in_thai(client, agency_a, make_agency):
    make_agency("A-1", "สำนักงานย่อย", parent=agency_a)
    response = client.get("/test/delete-agency/A/")
    assert response.status_code == 409
    body = response.content.decode()
    assert 'class="topbar"' in body
    assert "ลบไม่ได้ เพราะยังมีข้อมูลอื่นอ้างถึง" in body
    assert "มีข้อมูล 1 รายการอ้างถึงอยู่" in body and "หน่วยงาน: สำนักงานย่อย" in body
    assert Agency.objects.filter(code="A").exists()


def test_the_409_page_is_in_english_when_english_is_chosen(client, agency_a, make_agency):
    make_agency("A-1", parent=agency_a)
    make_agency("A-2", parent=agency_a)
    client.cookies["django_language"] = "en"
    body = client.get("/test/delete-agency/A/").content.decode()
    assert "Cannot delete: other records still refer to it" in body
    assert "2 records refer to it; delete or move them first:" in body


def test_only_the_first_20_are_listed(client, agency_a, make_agency):
    for n in range(22):
        make_agency(f"A-{n:02d}", parent=agency_a)
    body = client.get("/test/delete-agency/A/").content.decode()
    assert body.count("<li>") == 20 and "แสดง 20 รายการแรก" in body
