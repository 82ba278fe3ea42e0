"""What the catalog adds to other pages and APIs: home card, agency page, REST API, audit."""

import json

import pytest
from auditlog.models import LogEntry
from django.core.management import CommandError, call_command


def test_the_home_page_shows_the_catalog_card(client, public_dataset, secret_dataset):
    page = client.get("/").content.decode()
    assert "บัญชีข้อมูล" in page and "เผยแพร่แล้ว 1 ชุด" in page


def test_the_agency_page_lists_its_visible_datasets(client, public_dataset, secret_dataset):
    page = client.get("/agencies/A/").content.decode()
    assert "จำนวนนักท่องเที่ยวจังหวัดหนองคาย" in page
    assert "ลาดตระเวน" not in page


def test_the_rest_api_lists_only_what_the_caller_may_read(api_client, public_dataset,
                                                          secret_dataset):
    body = api_client.get("/api/v1/catalog/datasets/").json()
    assert [d["name"] for d in body["results"]] == ["nk-tourists"]


def test_a_ckan_write_with_a_token_is_audited_under_its_user(client, officer_a, token_for,
                                                             public_dataset):
    client.post("/api/3/action/package_patch", json.dumps({"id": "nk-tourists", "notes": "ใหม่"}),
                content_type="application/json", HTTP_AUTHORIZATION=token_for(officer_a))
    entry = LogEntry.objects.get_for_object(public_dataset).order_by("-timestamp").first()
    assert entry.actor == officer_a


def test_the_harvest_command_names_an_unknown_source(db):
    with pytest.raises(CommandError, match="ไม่พบแหล่งนำเข้า"):
        call_command("catalog_harvest", source="https://nowhere.example/")
