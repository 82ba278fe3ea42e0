"""Whole-number boxes (pcio.lib.forms.IntegerField) stop at what the database holds: a
typed 99999999999999999999 is a form error, not an overflow in the query (a 500)."""

from datetime import date, time

from pcio.meetings import services
from pcio.meetings.models import Committee, Member, Resolution, Role, Section

HUGE = "99999999999999999999"


def test_the_agency_list_filter_refuses_a_huge_district(client, agency_a):
    response = client.get("/agencies/", {"district": HUGE})
    assert response.status_code == 200


def test_a_resolution_with_a_huge_vote_count_is_sent_back(client, secretariat, agency_a):
    committee = Committee.objects.create(code="pcio", name_th="คณะกรรมการ", secretariat=agency_a)
    Member.objects.create(committee=committee, name="นายประธาน ทดสอบ", role=Role.CHAIR)
    Member.objects.create(committee=committee, name="นางเลขา ทดสอบ", role=Role.SECRETARY)
    meeting = services.create_meeting(committee, 1, 2568, date(2025, 1, 20), time(9, 30), "ห้อง")
    item = services.add_item(meeting, Section.FOR_DECISION, title="เรื่อง")
    client.force_login(secretariat)
    url = f"/meetings/items/{item.pk}/resolve/"
    response = client.post(url, {"outcome": "approved", "votes_for": HUGE})
    assert response.status_code == 302 and not Resolution.objects.exists()
    client.post(url, {"outcome": "approved", "votes_for": "9"})
    assert Resolution.objects.get().votes_for == 9
