"""In Chromium: the compliance form shows its dates in the Buddhist era, keeps them when saved
unchanged (a type=date box used to send them empty), and its calendar writes a picked day."""

from datetime import date

import pytest

from pcio.compliance.models import Record


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_dates_survive_an_unchanged_save_and_the_calendar_picks_one(page, login, live_server,
                                                                    secretariat, agency_a):
    Record.objects.create(agency=agency_a, info_announced_on=date(2024, 10, 15),
                          cybersafe_enrolled_on=date(2025, 4, 1),
                          eoffice_since=date(2021, 10, 1))
    login(secretariat)
    edit = f"{live_server.url}/compliance/a/{agency_a.code}/edit/"
    page.goto(edit)
    assert page.input_value("#id_info_announced_on") == "15/10/2567"
    save(page, agency_a)
    assert dates(agency_a) == (date(2024, 10, 15), date(2025, 4, 1), date(2021, 10, 1))

    page.goto(edit)
    page.click("#id_cybersafe_enrolled_on ~ .thaidate-button")  # opens on เมษายน 2568
    calendar = page.get_by_role("dialog")
    assert calendar.locator("strong").inner_text() == "เมษายน 2568"
    calendar.get_by_role("button", name="เดือนถัดไป").click()
    calendar.get_by_role("button", name="20", exact=True).click()
    assert page.input_value("#id_cybersafe_enrolled_on") == "20/05/2568"
    page.click("#id_eoffice_since ~ .thaidate-button")  # by keyboard: a week on, Enter
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.input_value("#id_eoffice_since") == "08/10/2564"
    save(page, agency_a)
    assert dates(agency_a) == (date(2024, 10, 15), date(2025, 5, 20), date(2021, 10, 8))


def save(page, agency):
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_url(f"**/compliance/a/{agency.code}/")


def dates(agency):
    record = Record.objects.get(agency=agency)
    return record.info_announced_on, record.cybersafe_enrolled_on, record.eoffice_since
