import pytest
from django.core.management import CommandError, call_command

from pcio.lib.importer import ImportFailed, run_import
from pcio.webwatch.models import Site
from pcio.webwatch.sites import SiteImporter, sync_from_registry


def test_sites_are_imported_from_a_csv_and_updated_on_a_second_import(agency_a, tmp_path):
    data = ("url,agency_code,interval_hours,max_pages\n"
            "https://www.nongkhai.go.th/,A,12,100\nhttps://ict.nongkhai.go.th/,A,,\n")
    result = run_import(SiteImporter(), data.encode(), "sites.csv")
    assert result.created == 2
    site = Site.objects.get(url="https://www.nongkhai.go.th/")
    assert (site.agency, site.interval_hours, site.max_pages) == (agency_a, 12, 100)
    path = tmp_path / "sites.csv"
    path.write_text(data.replace(",12,", ",48,"), encoding="utf-8")
    call_command("webwatch", "import", str(path))
    site.refresh_from_db()
    assert site.interval_hours == 48


def test_a_file_with_a_bad_row_imports_nothing_and_names_the_row(agency_a, tmp_path):
    data = ("url,agency_code\nhttps://ok.nongkhai.go.th/,A\nnot-a-url,A\n"
            "https://x.nongkhai.go.th/,NOPE\n")
    with pytest.raises(ImportFailed) as caught:
        run_import(SiteImporter(), data.encode(), "sites.csv")
    text = str(caught.value)
    assert "แถวที่ 3" in text and "แถวที่ 4" in text and "NOPE" in text
    assert not Site.objects.exists()
    path = tmp_path / "bad.csv"
    path.write_text(data, encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("webwatch", "import", str(path))


def test_every_registry_website_becomes_a_watched_site_once(agency_a, agency_b):
    agency_a.websites.create(url="https://www.nongkhai.go.th")
    agency_b.websites.create(url="https://www.nongkhaicity.go.th")
    assert sync_from_registry() == 2
    assert sync_from_registry() == 0
    site = Site.objects.get(url="https://www.nongkhaicity.go.th")
    assert site.agency == agency_b and site.website.agency == agency_b
