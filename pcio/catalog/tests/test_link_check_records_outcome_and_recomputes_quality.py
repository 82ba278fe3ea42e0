"""A check writes link_ok, the time and the reason on each linked resource, and the dataset's
quality (its availability part) follows."""

import pytest
from django.utils import timezone

from pcio.catalog import services, tasks
from pcio.catalog.models import Dataset
from pcio.catalog.tests.conftest import CSV


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True


def add_link(dataset, url, name):
    return services.save_resource(dataset, {"name": name, "url": url, "format": "CSV"})[0]


def availability(dataset):
    return {p.key: p.score for p in services.assess(dataset).parts}.get("availability")


def stored_score(dataset):
    return Dataset.objects.get(pk=dataset.pk).quality_score


def test_each_link_gets_its_outcome_time_and_reason(file_server, public_dataset):
    good = add_link(public_dataset, file_server.url("/good.csv"), "ใช้ได้")
    gone = add_link(public_dataset, file_server.url("/gone.csv"), "หายไป")
    uploaded = services.save_resource(public_dataset, {"name": "ไฟล์"}, (CSV, "t.csv"))[0]
    before = timezone.now()
    tasks.check_links([public_dataset.pk])
    for resource in (good, gone, uploaded):
        resource.refresh_from_db()
    assert (good.link_ok, good.link_reason) == (True, "")
    assert (gone.link_ok, gone.link_reason) == (False, "เซิร์ฟเวอร์ตอบ 404")
    assert good.link_checked_at >= before and gone.link_checked_at >= before
    assert (uploaded.link_ok, uploaded.link_checked_at) == (None, None)  # nothing to check


def test_the_availability_part_and_the_stored_score_follow_the_links(file_server,
                                                                     public_dataset):
    add_link(public_dataset, file_server.url("/good.csv"), "ใช้ได้")
    gone = add_link(public_dataset, file_server.url("/gone.csv"), "หายไป")
    assert availability(public_dataset) is None  # never checked: the part does not apply
    unchecked = stored_score(public_dataset)
    tasks.check_links([public_dataset.pk])
    assert availability(public_dataset) == 50
    assert stored_score(public_dataset) == services.assess(public_dataset).score < unchecked
    services.save_resource(public_dataset, {"url": file_server.url("/moved.csv")}, resource=gone)
    tasks.check_links([public_dataset.pk])
    assert availability(public_dataset) == 100
    assert stored_score(public_dataset) == services.assess(public_dataset).score > unchecked


def test_changing_a_link_forgets_the_check_of_the_old_address(file_server, public_dataset):
    resource = add_link(public_dataset, file_server.url("/gone.csv"), "หายไป")
    tasks.check_links([public_dataset.pk])
    resource.refresh_from_db()
    resource, _ = services.save_resource(public_dataset, {"url": file_server.url("/good.csv")},
                                         resource=resource)
    resource.refresh_from_db()
    assert (resource.link_ok, resource.link_checked_at, resource.link_reason) == (None, None, "")
    assert availability(public_dataset) is None


def test_a_deleted_dataset_is_not_checked(file_server, public_dataset):
    add_link(public_dataset, file_server.url("/good.csv"), "ใช้ได้")
    services.delete_dataset(public_dataset)
    assert tasks.check_links([public_dataset.pk]) == {}
    assert file_server.seen == []
