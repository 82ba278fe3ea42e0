from datetime import date, datetime

import pytest

from pcio.lib import thai


def test_dates_are_shown_in_the_buddhist_era():
    assert thai.thai_date(date(2025, 4, 22)) == "22 เมษายน 2568"
    assert thai.thai_date(date(2024, 11, 11), short=True) == "11 พ.ย. 67"


def test_the_meeting_date_reads_as_in_the_seed():
    meeting = datetime(2025, 4, 22, 13, 30)
    assert thai.thai_date(meeting, weekday=True, era=True) == "วันอังคารที่ 22 เมษายน พ.ศ. 2568"
    assert thai.thai_time(meeting) == "13.30 น."
    assert thai.thai_digits(thai.thai_time(meeting)) == "๑๓.๓๐ น."


@pytest.mark.parametrize("text", ["22/04/2568", "22 เมษายน 2568", "22 เม.ย. 2568",
                                  "๒๒ เมษายน พ.ศ. ๒๕๖๘", "2025-04-22"])
def test_thai_dates_are_read_in_every_common_form(text):
    assert thai.parse_thai_date(text) == date(2025, 4, 22)


def test_an_unreadable_date_raises_a_thai_error():
    with pytest.raises(ValueError, match="อ่านวันที่ไม่ได้"):
        thai.parse_thai_date("เมื่อวาน")
