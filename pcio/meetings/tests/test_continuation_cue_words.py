from pcio.meetings.rules import cue


def test_a_cue_keeps_a_leading_number_with_its_word():
    assert cue("3.2 ตัวชี้วัดระดับความพร้อมรัฐบาลดิจิทัล") == "/3.2 ตัวชี้วัด..."
    assert cue("(4) กำกับ และติดตามการวัดผล") == "/(4) กำกับ..."


def test_a_cue_cuts_a_long_thai_run_after_its_first_word():
    assert cue("ตัวชี้วัด") == "/ตัวชี้วัด..."
    assert cue("การประเมินระดับความพร้อมรัฐบาลดิจิทัล").startswith("/การประเมิน")
    assert cue("") == ""
