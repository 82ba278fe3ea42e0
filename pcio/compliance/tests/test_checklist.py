"""The follow-up checklist says what an agency still has to do."""

from pcio.compliance import checklist, province
from pcio.compliance.models import Kind


def test_an_agency_with_nothing_declared_misses_everything_but_facebook(agency_a):
    missing = province.missing_for(agency_a)
    assert len(missing) == 7
    assert missing[0] == "ประกาศช่องทางอิเล็กทรอนิกส์บน info.go.th (มาตรา 20)"


def test_an_agency_that_did_everything_is_complete(complete_agency):
    assert province.facts_for(complete_agency).complete()
    assert province.missing_for(complete_agency) == []


def test_an_unverified_facebook_page_is_missing_meta_verified(complete_agency, channel_for):
    channel_for(complete_agency, Kind.FACEBOOK, "https://www.facebook.com/other")
    assert province.missing_for(complete_agency) == [
        "เพจเฟซบุ๊กที่ประกาศได้รับเครื่องหมาย Meta Verified"]


def test_a_failing_check_shows_as_missing_without_touching_the_channel(complete_agency):
    channel = complete_agency.channels.get(kind=Kind.WEB_FORM)
    channel.check_ok = False
    channel.save()
    assert province.missing_for(complete_agency) == [
        "ช่องทางที่ประกาศใช้งานได้ตามผลตรวจอัตโนมัติ"]


def test_naming_an_e_office_system_counts_as_adoption(agency_a, record_for):
    record_for(agency_a, eoffice_system="e-Office")
    assert province.facts_for(agency_a).eoffice
    assert not checklist.Facts().checks_pass  # nothing checked yet is not done
