"""Cyber Safe enrolment: who enrolled and when, with links to webwatch's status pages."""

import datetime

import pytest

from pcio.compliance.embeds import EMBEDS


def test_the_page_lists_enrolled_and_not_enrolled_agencies(client, agency_a, agency_b,
                                                           record_for):
    record_for(agency_a, cybersafe_enrolled_on=datetime.date(2025, 4, 1))
    page = client.get("/compliance/cybersafe/?enrolled=1").content.decode()
    assert agency_a.name_th in page and "1 เมษายน 2568" in page
    assert agency_b.name_th not in page
    page = client.get("/compliance/cybersafe/?enrolled=0").content.decode()
    assert agency_b.name_th in page and agency_a.name_th not in page


def test_the_embed_lists_enrolments_in_date_order(agency_a, agency_b, record_for):
    record_for(agency_b, cybersafe_enrolled_on=datetime.date(2025, 4, 2))
    record_for(agency_a, cybersafe_enrolled_on=datetime.date(2025, 4, 9))
    table = EMBEDS["cybersafe"]()
    assert [row[0] for row in table["rows"]] == [agency_b.name_th, agency_a.name_th]
    assert "2 จาก 2" in table["note"]


def test_the_agency_page_links_to_its_webwatch_status_for_signed_in_readers(
        client, officer_a, officer_b, agency_a):
    webwatch = pytest.importorskip("pcio.webwatch.models")
    site = webwatch.Site.objects.create(agency=agency_a, url="https://www.nso.go.th/")
    client.force_login(officer_a)
    page = client.get(f"/compliance/a/{agency_a.code}/").content.decode()
    assert site.get_absolute_url() in page
    client.force_login(officer_b)  # webwatch evidence is not for other agencies
    page = client.get(f"/compliance/a/{agency_a.code}/").content.decode()
    assert site.get_absolute_url() not in page
