from pcio.meetings import demo as meetings_demo
from pcio.meetings.models import ActionItem, Attachment, Item, Meeting, Member


def _counts():
    return [m.objects.count() for m in (Meeting, Item, Attachment, Member, ActionItem)]


def test_loading_the_demo_again_changes_nothing(demo):
    before = _counts()
    meetings_demo.load()
    assert _counts() == before
    assert demo.items.filter(title__startswith="ผลการสำรวจ").exists()
    assert demo.previous().minutes_pages == 11
