"""resource_show tells a CKAN client whether a linked file opened at the last check."""

import pytest

from pcio.catalog import services, tasks


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True


def shown(client, resource):
    body = client.get("/api/3/action/resource_show", {"id": str(resource.uid)}).json()
    return {k: body["result"][k] for k in ("link_ok", "link_reason", "link_checked")}


def test_a_broken_link_is_shown_with_its_reason_and_time(client, file_server, public_dataset):
    resource = services.save_resource(public_dataset, {
        "name": "หายไป", "url": file_server.url("/gone.csv"), "format": "CSV"})[0]
    assert shown(client, resource) == {"link_ok": None, "link_reason": "",
                                       "link_checked": None}
    tasks.check_links([public_dataset.pk])
    resource.refresh_from_db()
    assert shown(client, resource) == {"link_ok": False, "link_reason": "เซิร์ฟเวอร์ตอบ 404",
                                       "link_checked": resource.link_checked_at.isoformat()}
