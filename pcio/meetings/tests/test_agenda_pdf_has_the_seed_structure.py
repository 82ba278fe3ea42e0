from pcio.meetings.tests.conftest import flat, pdf_pages


def test_the_demo_agenda_pdf_has_five_sections_numbered_items_and_thai_dates(sent_agenda):
    text = flat("\n".join(pdf_pages(sent_agenda.pdf)))
    for n, title in [(1, "เรื่องประธานแจ้งให้ที่ประชุมทราบ"), (2, "เรื่องรับรองรายงานการประชุมครั้งที่แล้ว"),
                     (3, "เรื่องเพื่อทราบ"), (4, "เรื่องเพื่อพิจารณา"), (5, "เรื่องอื่น ๆ")]:
        assert flat(f"ระเบียบวาระที่ {n} {title}") in text
    positions = [text.index(flat(f"{n} ")) for n in
                 ["3.1 ผลการสำรวจ", "3.2 ตัวชี้วัด", "3.3 คำสั่ง", "3.4 ระบบบัญชีข้อมูล",
                  "3.5 โครงการ", "3.6 การปฏิบัติ", "3.7 บริการระบบ", "4.1 มอบหมาย", "4.2 การขับเคลื่อน"]]
    assert positions == sorted(positions)
    assert flat("วันอังคารที่ 22 เมษายน พ.ศ. ๒๕๖๘ เวลา ๑๓.๓๐ น.") in text
    assert flat("ครั้งที่ 1/2568") in text
    assert flat("(โดย สำนักงานสถิติจังหวัดหนองคาย)") in text
    assert flat("จำนวน 11 หน้า") in text and flat("(เอกสาร 1)") in text
    assert flat("(โดย สำนักงานจังหวัดหนองคาย) (เอกสาร 2)") in text
    assert flat("จึงเรียนที่ประชุมมาเพื่อโปรดทราบ") in text
    assert flat("จึงเสนอที่ประชุมเพื่อโปรดพิจารณา") in text
