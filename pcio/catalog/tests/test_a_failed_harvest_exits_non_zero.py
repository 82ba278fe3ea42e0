"""`pcio catalog_harvest` exits 1 whenever a source could not be harvested, so cron and
monitoring see it: refused, too large, too slow, a redirect loop, not CKAN's JSON, or one
source of several. Each test serves a CKAN on loopback (allowed here unless refused)."""

import json
import time

import pytest
from django.core.management import CommandError, call_command

from pcio.catalog.models import HarvestSource
from pcio.front.models import JobRun
from pcio.lib.testing import Site

SEARCH = "/api/3/action/package_search"
EMPTY = json.dumps({"success": True, "result": {"count": 0, "results": []}})


@pytest.fixture
def ckan(agency_a, settings):
    """A source answering `route` at package_search, registered for harvesting."""
    settings.PCIO_CATALOG_HARVEST_ALLOW_PRIVATE = True
    servers = []

    def serve(route):
        site = Site({SEARCH: route})
        servers.append(site)
        HarvestSource.objects.create(url=site.url, organization=agency_a)
        return site

    yield serve
    for site in servers:
        site.close()


def answer(body, status=200, headers=None):
    return lambda request: (status, {"Content-Type": "application/json", **(headers or {})},
                            body)


def harvest_fails() -> str:
    with pytest.raises(CommandError) as failed:
        call_command("catalog_harvest")
    assert failed.value.returncode == 1
    assert JobRun.objects.get(name="catalog-harvest").ok is False
    return str(failed.value)


def test_a_source_that_answers_exits_0_and_records_a_success(ckan):
    ckan(answer(EMPTY))
    call_command("catalog_harvest")
    run = JobRun.objects.get(name="catalog-harvest")
    assert (run.ok, run.done, run.failed) == (True, 1, 0)


def test_a_source_on_a_private_address_is_refused_and_exits_1(ckan, settings):
    ckan(answer(EMPTY))
    settings.PCIO_CATALOG_HARVEST_ALLOW_PRIVATE = False
    assert "ปฏิเสธที่อยู่ภายใน" in harvest_fails()


def test_a_body_over_the_cap_exits_1(ckan, settings):
    settings.PCIO_FETCH_MAX_BYTES = 1000
    ckan(answer(json.dumps({"success": True, "result": {"count": 0, "results": [],
                                                         "padding": "x" * 5000}})))
    assert "ใหญ่เกินกำหนด" in harvest_fails()


def test_a_source_slower_than_the_timeout_exits_1(ckan, settings):
    settings.PCIO_FETCH_TIMEOUT = 0.5

    def slow(request):
        time.sleep(2)
        return 200, {"Content-Type": "application/json"}, EMPTY

    ckan(slow)
    assert "ไม่ตอบภายในเวลาที่กำหนด" in harvest_fails()


def test_a_redirect_loop_exits_1(ckan):
    ckan(lambda request: (302, {"Location": request.path}, ""))
    assert "เปลี่ยนเส้นทางมากเกินไป" in harvest_fails()


def test_an_answer_that_is_not_json_exits_1(ckan):
    ckan(answer("<html>เว็บไซต์ปิดปรับปรุง</html>"))
    assert "ไม่ได้ตอบเป็น JSON ของ CKAN" in harvest_fails()


def test_one_failed_source_of_two_exits_1_with_the_count(ckan, settings):
    ckan(answer(EMPTY))
    ckan(answer("not json"))
    assert "ล้มเหลว 1 รายการ สำเร็จ 1 รายการ" in harvest_fails()


def test_one_source_by_url_fails_without_standing_for_the_scheduled_run(ckan):
    site = ckan(answer("not json"))
    with pytest.raises(CommandError):
        call_command("catalog_harvest", source=site.url)
    assert not JobRun.objects.exists()
