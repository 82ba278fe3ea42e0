"""The province page: the 3.6 tally, counts by district and type, charts, who is missing what."""

import datetime

from django.apps import apps
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from pcio.compliance.models import Kind


def test_the_tally_counts_announcements_on_the_seeds_terms(client, make_agency, record_for):
    for n in range(3):
        record_for(make_agency(f"SAO-{n}", type="sao"), info_announced_on=datetime.date.today())
    make_agency("SAO-X", type="sao")
    record_for(make_agency("DIST-1", type="district"), info_announced_on=datetime.date.today())
    make_agency("PROV-1", type="provincial")
    tally = {g["key"]: g for g in client.get("/compliance/").context["tally"]}
    assert (tally["local"]["registered"], tally["local"]["announced"]) == (4, 3)
    assert tally["local"]["expected"] == 68
    assert (tally["district"]["announced"], tally["provincial"]["not_announced"]) == (1, 1)


def test_the_page_lists_agencies_still_missing_something_and_not_complete_ones(
        client, agency_a, complete_agency):
    response = client.get("/compliance/")
    page = response.content.decode()
    assert agency_a.name_th in page
    assert [a.code for a, _ in response.context["followups"]] == [agency_a.code]
    assert response.context["complete"] == 1


def test_the_page_counts_by_district_and_agency_type(client, agency_a, agency_b,
                                                     complete_agency):
    response = client.get("/compliance/")
    by_district = dict(response.context["by_district"])
    assert by_district["เมืองหนองคาย"] == {"total": 3, "complete": 1, "announced": 1}
    by_type = dict(response.context["by_type"])
    assert by_type["เทศบาล"]["total"] == 1


def test_the_charts_are_inline_svg(client, complete_agency):
    page = client.get("/compliance/").content.decode()
    assert page.count("<svg") == 3
    assert "<script" not in page.split("<main", 1)[1]


def test_the_workd_total_adds_up_requested_accounts(client, complete_agency, agency_a,
                                                    record_for):
    record_for(agency_a, workd_requested=5, workd_active=3)
    workd = client.get("/compliance/").context["workd"]
    assert (workd["agencies"], workd["requested"]) == (2, 25)


def _queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def _add_agencies(make_agency, record_for, channel_for, start, count):
    for n in range(start, start + count):
        agency = make_agency(f"X{n}", type="sao" if n % 2 else "provincial")
        record_for(agency, info_announced_on=datetime.date.today() if n % 3 else None)
        channel_for(agency, Kind.FACEBOOK, f"https://www.facebook.com/x{n}", check_ok=n % 2 == 0)


def test_the_number_of_queries_does_not_grow_with_agencies(client, make_agency, record_for,
                                                           channel_for, committee_member):
    client.force_login(committee_member)
    _add_agencies(make_agency, record_for, channel_for, 0, 3)
    small = _queries(client, "/compliance/")
    _add_agencies(make_agency, record_for, channel_for, 3, 40)
    assert _queries(client, "/compliance/") == small
    assert _queries(client, "/compliance/?page=2") == small


def test_the_agency_checklist_page_has_a_fixed_number_of_queries(client, complete_agency,
                                                                 channel_for):
    small = _queries(client, f"/compliance/a/{complete_agency.code}/")
    for n in range(10):
        channel_for(complete_agency, Kind.OTHER, f"https://x{n}.go.th/")
    assert _queries(client, f"/compliance/a/{complete_agency.code}/") == small


def test_the_agency_section_hook_links_to_the_checklist(rf, agency_a):
    # Rendered on its own so that other apps' sections on the agency page do not matter here.
    config = apps.get_app_config("compliance")
    context = {"section": config.agency_section_context(rf.get("/"), agency_a)}
    html = render_to_string(config.agency_section, context)
    assert "ยังขาด 7 รายการ" in html
    assert f"/compliance/a/{agency_a.code}/" in html


def test_the_agency_section_shows_a_failing_check_next_to_what_was_entered(rf, agency_a,
                                                                          channel_for):
    channel_for(agency_a, Kind.ESERVICE, "https://e.nso.go.th/", check_ok=False,
                check_message="เชื่อมต่อเว็บไซต์ไม่ได้")
    config = apps.get_app_config("compliance")
    context = {"section": config.agency_section_context(rf.get("/"), agency_a)}
    html = render_to_string(config.agency_section, context)
    assert "https://e.nso.go.th/" in html and "เชื่อมต่อเว็บไซต์ไม่ได้" in html


def test_the_dashboard_card_counts_announced_agencies(rf, complete_agency, agency_a):
    config = apps.get_app_config("compliance")
    html = render_to_string(config.dashboard_card, {"card": config.card_context(rf.get("/"))})
    assert "1 / 2" in html
    assert "ยังขาดบางรายการ 1 หน่วยงาน" in html


def test_the_follow_up_list_filters_by_district_and_type(client, agency_a, agency_b):
    response = client.get("/compliance/?type=municipality")
    assert [a.code for a, _ in response.context["followups"]] == [agency_b.code]
    assert response.context["total"] == 2


def test_the_secretariat_reminds_every_agency_still_missing_something(
        client, secretariat, smtp_server, agency_a, agency_b):
    agency_a.email = "contact@nso.go.th"
    agency_a.save()
    client.force_login(secretariat)
    assert client.post("/compliance/remind/").status_code == 302
    assert [m.rcpt_tos for m in smtp_server.messages] == [["contact@nso.go.th"]]


def test_the_follow_up_list_filters_by_district(client, agency_a, make_agency, district):
    from pcio.agencies.models import District

    other = District.objects.get_or_create(
        code="4302", defaults={"province": district.province, "name_th": "ท่าบ่อ"})[0]
    far = make_agency("FAR", "ที่ว่าการอำเภอท่าบ่อ", type="district", district=other)
    response = client.get(f"/compliance/?district={other.pk}")
    assert [a.code for a, _ in response.context["followups"]] == [far.code]
    assert f'<option value="{other.pk}" selected>' in response.content.decode()
