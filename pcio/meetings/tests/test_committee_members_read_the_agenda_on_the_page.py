from django.urls import reverse

from pcio.meetings import services
from pcio.meetings.models import Section


def test_item_text_and_live_tables_are_on_the_page(client, committee_member, meeting):
    services.add_item(meeting, Section.FOR_INFO, title="ติดตามงาน",
                      body="ย่อหน้าแรกของเรื่อง\n|หน่วยงาน|จำนวน|\n|สำนักงานจังหวัด|3|")
    client.force_login(committee_member)
    page = client.get(reverse("meeting", args=[meeting.pk])).content.decode()
    assert "ย่อหน้าแรกของเรื่อง" in page and "<td>สำนักงานจังหวัด</td>" in page
    assert "(เนื้อความของระเบียบวาระ)" not in page and "[[" not in page


def test_open_decisions_of_earlier_meetings_follow_up_with_their_latest_progress(
        meeting, agency_a):
    item = services.add_item(meeting, Section.FOR_DECISION, title="บัญชีข้อมูล")
    services.fill_attendance(meeting)
    resolution = services.record_resolution(item, "assigned", "ให้จัดทำบัญชีข้อมูล")
    resolution.actions.create(title="จัดทำบัญชีข้อมูล", agency=agency_a,
                              progress="ส่งแล้ว 5 หน่วยงาน")
    following = services.create_meeting(meeting.committee, 3, 2568, meeting.date.replace(
        month=10), meeting.time, "ห้อง")
    from pcio.meetings import documents

    blocks = documents.agenda_blocks(following)
    follow_up = next(i for i, b in enumerate(blocks) if b.text.endswith(services.FOLLOW_UP_TITLE))
    assert blocks[follow_up].text.startswith("3.")
    table = next(b.table for b in blocks[follow_up:] if b.kind == "table")
    assert table["columns"][-1] == "ความคืบหน้าล่าสุด"
    assert table["rows"][0][1:3] == ["จัดทำบัญชีข้อมูล", agency_a.name_th]
    assert table["rows"][0][-1] == "ส่งแล้ว 5 หน่วยงาน"
