"""Walking the whole demo site, from the home page along every link, neither the public nor
an officer of another agency meets a record they may not read: a draft agenda's item and
action item, a private or secret dataset, a watched website. Each list page, present and
future, is walked without this test naming it."""

from datetime import date, time

import pytest
from django.contrib.auth import get_user_model

from pcio.agencies.models import Agency
from pcio.catalog import demo as catalog_demo
from pcio.catalog import services
from pcio.front.tests.walk import Walk
from pcio.meetings.models import ActionItem, Committee, Item, Meeting, Resolution
from pcio.webwatch.models import Site

pytestmark = pytest.mark.usefixtures("db", "unpublished", "on_demo_site")
OWNER = "PO-NK"  # the demo officer works for NSO-NK
MARKS = {
    "item": "วาระลับของร่างระเบียบวาระ", "action": "งานที่มอบหมายในร่างระเบียบวาระ",
    "private": "ชุดข้อมูลส่วนตัวของสำนักงานจังหวัด", "secret": "ชุดข้อมูลลับของสำนักงานจังหวัด",
    "site": "watched-only-by-signed-in.example.go.th",
}


@pytest.fixture(scope="module")
def unpublished(demo_site):
    with demo_site.unblock():
        owner = Agency.objects.get(code=OWNER)
        _draft_agenda(owner)
        _dataset(owner, "private", private=True)
        _dataset(owner, "secret", data_category="ข้อมูลความมั่นคง",
                 data_classification="ลับ", license_id="อื่นๆ")
        Site.objects.create(agency=owner, url=f"https://{MARKS['site']}/")


def _draft_agenda(owner):
    meeting = Meeting.objects.create(committee=Committee.objects.get(code="pcio"), number=9,
                                     year=2568, date=date(2025, 12, 1), time=time(9, 30),
                                     venue="ห้องประชุม", status="draft")
    item = Item.objects.create(meeting=meeting, section=4, title=MARKS["item"])
    resolution = Resolution.objects.create(item=item, outcome="assigned")
    ActionItem.objects.create(resolution=resolution, agency=owner, title=MARKS["action"])


def _dataset(owner, mark, **fields):
    record = {"id": f"x-{mark}", "agency": owner.code, "title": MARKS[mark], "tags": ["ลับ"],
              "notes": "ไม่เผยแพร่"}
    services.save_dataset({**catalog_demo.metadata(record, 0), **fields})


def _leaks(client, username=None):
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    walk = Walk(client).run()
    return sorted({f"{mark} on {url}" for url, text in walk.texts.items()
                   for mark, words in MARKS.items() if words in text})


def test_the_public_meets_nothing_unpublished(client):
    assert _leaks(client) == []


def test_an_officer_meets_nothing_unpublished_of_another_agency(client):
    assert _leaks(client, "officer") == []


def test_a_committee_member_meets_each_of_them_so_a_leak_would_be_seen(client):
    assert {leak.split()[0] for leak in _leaks(client, "committee")} == set(MARKS)
