"""The council's dashboard lists the datasets whose linked files no longer open."""

import re

from pcio.catalog import services, tasks


def test_a_dataset_with_a_broken_link_is_listed_and_one_with_working_links_is_not(
        client, committee_member, settings, file_server, make_dataset):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True
    broken = make_dataset(name="broken", title="สถิติที่ลิงก์เสีย")
    working = make_dataset(name="working", title="สถิติที่ลิงก์ใช้ได้", owner_org="B")
    for path in ("/gone.csv", "/slow.csv?x", "/good.csv"):
        services.save_resource(broken, {"url": file_server.url(path)})
    services.save_resource(working, {"url": file_server.url("/good.csv")})
    settings.PCIO_FETCH_TIMEOUT = 0.5
    tasks.check_links([broken.pk, working.pk])
    client.force_login(committee_member)
    page = client.get("/catalog/dashboard/").content.decode()
    listed = re.search(r'<ul id="broken-links">(.*?)</ul>', page, re.S).group(1)
    assert "สถิติที่ลิงก์เสีย" in listed and "2 ลิงก์" in listed
    assert "สถิติที่ลิงก์ใช้ได้" not in listed
