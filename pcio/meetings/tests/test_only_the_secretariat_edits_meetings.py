import pytest
from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import Resolution, Section


@pytest.fixture
def item(meeting):
    return services.add_item(meeting, Section.FOR_INFO, title="เรื่องทดสอบ")


@pytest.mark.parametrize("who", ["officer_a", "committee_member"])
def test_officers_and_committee_members_cannot_change_the_agenda(client, request, meeting,
                                                                  item, who):
    client.force_login(request.getfixturevalue(who))
    posts = [
        (reverse("meeting_item_new", args=[meeting.pk]), {"section": 3, "title": "ใหม่"}),
        (reverse("meeting_item_move", args=[item.pk]), {"direction": "up"}),
        (reverse("meeting_resolve", args=[item.pk]), {"outcome": "noted"}),
        (reverse("meeting_attendance", args=[meeting.pk]), {"guest_name": "แขก"}),
        (reverse("meeting_minutes_edit", args=[meeting.pk]), {"minutes_taker": "แก้ไข"}),
        (reverse("meeting_circulate", args=[meeting.pk]), {}),
        (reverse("meeting_send", args=[meeting.pk]), {}),
        (reverse("meeting_revise", args=[meeting.pk]), {"reason": "แก้ไข"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    assert meeting.items.count() == 3 and not Resolution.objects.exists()
    assert not meeting.issued.exists()
    assert client.get(reverse("meeting_run", args=[meeting.pk])).status_code == 403


@pytest.mark.parametrize("who", ["officer_a", "committee_member", "secretariat"])
def test_everyone_signed_in_reads_a_sent_agenda(client, request, meeting, item, who):
    meeting.status = "sent"
    meeting.save()
    client.force_login(request.getfixturevalue(who))
    page = client.get(reverse("meeting", args=[meeting.pk]))
    assert page.status_code == 200 and "เรื่องทดสอบ" in page.content.decode()


def test_committee_members_read_a_draft_but_the_public_does_not(client, meeting,
                                                                committee_member):
    url = reverse("meeting", args=[meeting.pk])
    assert client.get(url).status_code == 403
    client.force_login(committee_member)
    assert client.get(url).status_code == 200


def test_the_secretariat_adds_an_item_and_records_a_resolution(client, secretariat, meeting):
    client.force_login(secretariat)
    client.post(reverse("meeting_item_new", args=[meeting.pk]),
                {"section": 4, "title": "งบประมาณ"})
    item = meeting.items.get(title="งบประมาณ")
    client.post(reverse("meeting_resolve", args=[item.pk]), {"outcome": "approved"})
    item.refresh_from_db()
    assert item.resolution.get_outcome_display() == "เห็นชอบ"
