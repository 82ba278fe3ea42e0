"""Links to loopback/intranet addresses are not fetched unless the setting allows them."""

from pcio.catalog import links, services, tasks


def test_a_link_to_a_private_address_is_refused_without_a_request(file_server):
    outcome = links.check(file_server.url("/good.csv"), allow_private=False)
    assert (outcome.ok, outcome.reason) == (False, "ปฏิเสธที่อยู่ภายใน (private/intranet)")
    assert file_server.seen == []


def test_the_scheduled_check_refuses_them_unless_the_setting_allows(file_server, settings,
                                                                   public_dataset):
    resource, _ = services.save_resource(public_dataset, {"url": file_server.url("/good.csv")})
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = False
    tasks.check_links([public_dataset.pk])
    resource.refresh_from_db()
    assert (resource.link_ok, resource.link_reason) == (False,
                                                         "ปฏิเสธที่อยู่ภายใน (private/intranet)")
    assert file_server.seen == []
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True
    tasks.check_links([public_dataset.pk])
    resource.refresh_from_db()
    assert (resource.link_ok, resource.link_reason) == (True, "")
