import pytest

from pcio.meetings.models import Item


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_secretary_builds_a_small_agenda_and_records_a_resolution(page, login, live_server,
                                                                       secretariat, meeting):
    login(secretariat)
    page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
    for title in ("การพัฒนาเว็บไซต์", "การจัดทำบัญชีข้อมูล"):
        page.select_option("#add-item select[name=section]", "3")
        page.fill("#add-item input[name=title]", title)
        page.fill("#add-item input[name=presenter]", "สำนักงานจังหวัดหนองคาย")
        page.click("#add-item button")
        page.wait_for_selector(f"#agenda >> text={title}")
    second = Item.objects.get(title="การจัดทำบัญชีข้อมูล")
    page.click(f"[data-item='{second.pk}'] button[value=up]")
    page.wait_for_selector("#agenda >> text=3.1 การจัดทำบัญชีข้อมูล")
    page.goto(f"{live_server.url}/meetings/{meeting.pk}/run/")
    card = page.locator(f"#item-{second.pk}")
    card.locator("select[name=outcome]").select_option("approved")
    card.locator("textarea[name=text]").fill("ให้ทุกหน่วยงานจัดทำบัญชีข้อมูล")
    card.locator("button", has_text="บันทึกมติ").click()
    page.wait_for_selector(f"#item-{second.pk} .badge.ok")
    second.refresh_from_db()
    assert second.resolution.outcome == "approved"
    assert "เห็นชอบ" in page.locator(f"#item-{second.pk}").inner_text()
