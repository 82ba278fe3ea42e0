"""The checklist item "ช่องทางที่ประกาศใช้งานได้ตามผลตรวจอัตโนมัติ" is ticked only by a check
that ran and passed: a channel nobody has checked yet is unknown, and unknown is not done."""

from pcio.compliance import province
from pcio.compliance.models import Kind

CHECKS = "ช่องทางที่ประกาศใช้งานได้ตามผลตรวจอัตโนมัติ"


def test_channels_never_checked_leave_the_item_undone(agency_a, channel_for):
    channel_for(agency_a, Kind.WEB_FORM, "https://www.example.go.th/form")
    channel_for(agency_a, Kind.EMAIL, "saraban@example.go.th")
    assert CHECKS in province.missing_for(agency_a)


def test_one_passing_check_and_none_failing_ticks_it(agency_a, channel_for):
    channel_for(agency_a, Kind.WEB_FORM, "https://www.example.go.th/form", check_ok=True)
    channel_for(agency_a, Kind.EMAIL, "saraban@example.go.th")
    assert CHECKS not in province.missing_for(agency_a)


def test_a_failing_check_undoes_it_beside_a_passing_one(agency_a, channel_for):
    channel_for(agency_a, Kind.WEB_FORM, "https://www.example.go.th/form", check_ok=True)
    channel_for(agency_a, Kind.EMAIL, "saraban@example.go.th", check_ok=False)
    assert CHECKS in province.missing_for(agency_a)
