"""An action item of a draft agenda is not published: the action list, the agency page and the
home card show it to the secretariat, the committee and the agency it is assigned to, and to
no one else (officers of other agencies saw them, the public saw them counted)."""

import re

import pytest
from django.urls import reverse

from pcio.meetings.models import ActionItem, Item, Meeting, Resolution

DRAFT, SENT = "ร่างงานที่ยังไม่เผยแพร่", "งานที่เผยแพร่แล้ว"


def _action(committee, number, status, agency, title):
    meeting = Meeting.objects.create(committee=committee, number=number, year=2568,
                                     date="2025-07-01", time="09:30", venue="ห้อง", status=status)
    item = Item.objects.create(meeting=meeting, section=4, title="เรื่อง")
    resolution = Resolution.objects.create(item=item, outcome="assigned")
    ActionItem.objects.create(resolution=resolution, agency=agency, title=title)


@pytest.fixture
def actions(committee, agency_b):
    _action(committee, 5, "draft", agency_b, DRAFT)
    _action(committee, 6, "sent", agency_b, SENT)


def _pages(client, agency):
    home = client.get(reverse("home")).content.decode()
    pending = re.search(r"เรื่องที่ต้องติดตาม: (\d+)", home)[1]
    return (client.get(reverse("meeting_actions")).content.decode()
            + client.get(agency.get_absolute_url()).content.decode(), int(pending))


@pytest.mark.parametrize("reader, sees_draft", [
    (None, False), ("officer_a", False), ("officer_b", True), ("committee_member", True),
    ("secretariat", True)])
def test_a_draft_meetings_action_items_are_shown_only_to_those_who_may_read_them(
        request, client, actions, agency_b, reader, sees_draft):
    if reader:
        client.force_login(request.getfixturevalue(reader))
    text, pending = _pages(client, agency_b)
    assert SENT in text
    assert (DRAFT in text, pending) == (sees_draft, 2 if sees_draft else 1)
