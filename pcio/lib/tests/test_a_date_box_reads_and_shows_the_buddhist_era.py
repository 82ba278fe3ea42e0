from datetime import date

import pytest
from django import forms
from django.utils import translation

from pcio.lib.forms import BuddhistYearField, ThaiDateField, ThaiMonthField


class DateForm(forms.Form):
    day = ThaiDateField(required=False)
    month = ThaiMonthField(required=False)
    year = BuddhistYearField(required=False)


def cleaned(**data):
    form = DateForm(data)
    assert form.is_valid(), form.errors
    return form.cleaned_data


def errors(**data):
    form = DateForm(data)
    assert not form.is_valid()
    return form.errors


@pytest.mark.parametrize("typed", ["15/10/2567", "15-10-2567", "15.10.2567", " 15/10/2567 ",
                                   "๑๕/๑๐/๒๕๖๗", "15 ตุลาคม 2567", "15 ต.ค. 2567",
                                   "2024-10-15", "2024-10-15T00:00:00+07:00"])
def test_buddhist_era_and_iso_dates_are_read(typed):
    assert cleaned(day=typed)["day"] == date(2024, 10, 15)


def test_a_single_digit_day_and_month_are_read():
    assert cleaned(day="5/1/2568")["day"] == date(2025, 1, 5)


def test_a_christian_year_typed_as_buddhist_era_is_refused_with_the_year_to_type():
    with translation.override("th"):
        message = errors(day="15/10/2024")["day"][0]
    assert message == "ปี 2024 ดูเป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (บวก 543) เช่น 15/10/2567"


def test_the_refusal_is_in_english_on_english_pages():
    with translation.override("en"):
        message = errors(day="15/10/2024")["day"][0]
    assert message.startswith("The year 2024 looks like a Christian-era year")
    assert "15/10/2567" in message


def test_an_impossible_date_is_refused_in_thai():
    with translation.override("th"):
        assert "วว/ดด/ปปปป" in errors(day="31/02/2568")["day"][0]
        assert "วว/ดด/ปปปป" in errors(day="เมื่อวาน")["day"][0]


@pytest.mark.parametrize("stored", [date(2024, 10, 15), "2024-10-15"])
def test_thai_pages_show_a_stored_date_in_the_buddhist_era(stored):
    with translation.override("th"):
        html = str(DateForm(initial={"day": stored})["day"])
    assert 'value="15/10/2567"' in html
    assert 'placeholder="วว/ดด/ปปปป"' in html
    assert 'type="text"' in html


def test_english_pages_show_iso_and_still_read_both():
    with translation.override("en"):
        assert 'value="2024-10-15"' in str(DateForm(initial={"day": date(2024, 10, 15)})["day"])
        assert cleaned(day="15/10/2567")["day"] == cleaned(day="2024-10-15")["day"]


@pytest.mark.parametrize("language", ["th", "en"])
def test_what_is_shown_reads_back_as_the_same_date(language):
    with translation.override(language):
        shown = DateForm(initial={"day": date(2024, 2, 29), "month": date(2025, 3, 1)})
        again = cleaned(day=_value(shown["day"]), month=_value(shown["month"]))
    assert (again["day"], again["month"]) == (date(2024, 2, 29), date(2025, 3, 1))


def _value(bound_field):
    html = str(bound_field)
    return html.split('value="')[1].split('"')[0]


def test_a_typed_date_is_shown_again_as_typed_beside_its_error():
    form = DateForm({"day": "15/10/2024"})
    assert 'value="15/10/2024"' in str(form["day"])


@pytest.mark.parametrize("typed", ["03/2568", "3/2568", "2568-03", "2025-03", "๐๓/๒๕๖๘"])
def test_a_month_is_read_as_its_first_day(typed):
    assert cleaned(month=typed)["month"] == date(2025, 3, 1)


def test_a_month_is_shown_in_the_buddhist_era():
    with translation.override("th"):
        assert 'value="03/2568"' in str(DateForm(initial={"month": date(2025, 3, 1)})["month"])


def test_a_christian_year_is_refused_where_the_buddhist_era_is_asked_for():
    with translation.override("th"):
        assert errors(year="2020")["year"] == [
            "ปี 2020 ดูเป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (บวก 543 เป็น 2563)"]
        assert errors(year="3000")["year"] == ["ปี พ.ศ. ต้องอยู่ระหว่าง 2400 ถึง 2700"]
    assert cleaned(year="2568")["year"] == 2568
