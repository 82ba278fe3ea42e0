from pcio.meetings import rules, services
from pcio.meetings.models import Section


def test_titled_items_are_numbered_per_section_and_untitled_text_is_not(meeting):
    a = services.add_item(meeting, Section.FOR_INFO, title="เรื่องแรก")
    b = services.add_item(meeting, Section.FOR_INFO, title="เรื่องที่สอง")
    c = services.add_item(meeting, Section.FOR_DECISION, title="เรื่องพิจารณา")
    numbers = dict(rules.number_items(meeting.items.all()))
    assert (numbers[a], numbers[b], numbers[c]) == ("3.1", "3.2", "4.1")
    assert numbers[meeting.items.get(section=Section.CHAIR)] == ""


def test_reordering_renumbers_and_can_move_an_item_to_another_section(meeting):
    a = services.add_item(meeting, Section.FOR_INFO, title="ก")
    b = services.add_item(meeting, Section.FOR_INFO, title="ข")
    services.reorder(meeting, {3: [b.pk], 4: [a.pk]})
    numbers = {i.title: n for i, n in rules.number_items(meeting.items.all())}
    assert numbers["ข"] == "3.1" and numbers["ก"] == "4.1"


def test_moving_up_swaps_with_the_item_above(meeting):
    a = services.add_item(meeting, Section.FOR_INFO, title="ก")
    b = services.add_item(meeting, Section.FOR_INFO, title="ข")
    services.move(b, -1)
    assert [i.title for i in meeting.items.filter(section=3)] == ["ข", "ก"]
    assert a.pk


def test_each_section_has_its_own_closing_line(meeting):
    item = services.add_item(meeting, Section.FOR_DECISION, title="ก")
    assert item.closing_line() == "จึงเสนอที่ประชุมเพื่อโปรดพิจารณา"
    assert rules.closing_line(3) == "จึงเสนอที่ประชุมเพื่อโปรดทราบ"
    assert rules.closing_line(1) == "จึงเรียนที่ประชุมมาเพื่อโปรดทราบ"
