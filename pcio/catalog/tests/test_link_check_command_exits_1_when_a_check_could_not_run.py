"""`pcio catalog_check_links` exits 1 when a batch could not be checked (here the checker
cannot run: its per-host limit is set to text, not a number); a broken link, malformed ones
included, is a finding and exits 0."""

import pytest
from django.core.management import CommandError, call_command

from pcio.front.models import JobRun


def test_a_batch_that_could_not_be_checked_exits_1(public_dataset, settings):
    settings.PCIO_CATALOG_LINK_CHECK_PER_HOST = "two"
    public_dataset.resources.create(name="ไฟล์", url="http://127.0.0.1:9/t.csv")
    with pytest.raises(CommandError) as failed:
        call_command("catalog_check_links")
    assert failed.value.returncode == 1
    assert "TypeError" in str(failed.value)
    assert JobRun.objects.get(name="catalog-link-check").ok is False


def test_a_broken_link_is_a_finding_and_exits_0(public_dataset, settings):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True
    resource = public_dataset.resources.create(name="ไฟล์", url="http://127.0.0.1:9/t.csv")
    call_command("catalog_check_links")
    resource.refresh_from_db()
    assert resource.link_ok is False
    assert JobRun.objects.get(name="catalog-link-check").ok is True


def test_a_malformed_link_is_a_broken_link_and_exits_0(public_dataset):
    resource = public_dataset.resources.create(name="ไฟล์", url="http://[::1/t.csv")
    call_command("catalog_check_links")
    resource.refresh_from_db()
    assert (resource.link_ok, resource.link_reason) == (False, "ลิงก์ไม่ถูกต้อง (ต้องเป็น http หรือ https)")
    assert JobRun.objects.get(name="catalog-link-check").ok is True
