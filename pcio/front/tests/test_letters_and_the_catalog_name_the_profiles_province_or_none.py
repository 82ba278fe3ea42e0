"""The compliance reminder letter and the catalog's publisher name the province of the
profile; before setup they name none (not another province's)."""

from django.urls import reverse

from pcio.compliance.reminders import reminder_text
from pcio.front import installation
from pcio.lib.testing import exit_code

DEMOS = "หนองคาย"


def test_before_setup_they_name_no_province(agency_a, client):
    agency_a.name_th = "สำนักงานทดสอบ"
    _, body = reminder_text(agency_a, ["เว็บไซต์"])
    assert "ตามที่จังหวัดติดตาม" in body and DEMOS not in body
    assert installation.council_name() == "คณะกรรมการธรรมาภิบาลข้อมูลภาครัฐจังหวัด"
    assert installation.slogan() == ""


def test_after_setup_they_name_it(agency_a, client):
    assert exit_code("setup", "--province", "41") == 0
    agency_a.name_th = "สำนักงานทดสอบ"
    _, body = reminder_text(agency_a, ["เว็บไซต์"])
    assert "ตามที่จังหวัดอุดรธานีติดตาม" in body
    assert "ฝ่ายเลขานุการคณะกรรมการ PCIO จังหวัดอุดรธานี" in body
    catalog = client.get(reverse("catalog_dcat", args=["ttl"]))
    assert "คณะกรรมการธรรมาภิบาลข้อมูลภาครัฐจังหวัดอุดรธานี" in catalog.content.decode()
