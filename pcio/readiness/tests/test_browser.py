import pytest

from pcio.readiness.models import Status

pytestmark = pytest.mark.browser


def test_the_province_page_shows_the_table_and_the_radar_chart(page, live_server, years):
    page.goto(f"{live_server.url}/readiness/p/43/2567/")
    assert page.locator("#summary").inner_text().count("70.93") == 1
    assert page.locator("table").first.locator("tbody tr").count() == 7
    chart = page.locator(".readiness-chart svg")
    assert chart.is_visible() and chart.locator("polygon").count() >= 3
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.locator(".readiness-chart svg").bounding_box()["width"] <= 390


def test_an_officer_answers_and_submits_a_question(page, live_server, login, question_a,
                                                   officer_a, tmp_path):
    login(officer_a)
    page.goto(f"{live_server.url}/readiness/todo/")
    page.click("#todo-open a")
    evidence = tmp_path / "plan.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.set_input_files("#evidence-form input[type=file]", str(evidence))
    page.click("#evidence-form button")
    assert "plan.pdf" in page.locator("#evidence").inner_text()
    page.check("#answer-form input[value='ใช่']")
    page.click("#answer-form button[formaction$='/submit/']")
    page.wait_for_selector("text=ส่งแล้ว รอตรวจ")
    question_a.assignment.refresh_from_db()
    assert question_a.assignment.status == Status.SUBMITTED
    assert question_a.assignment.answer == "ใช่"
