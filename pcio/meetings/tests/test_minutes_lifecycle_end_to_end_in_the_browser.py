"""The minutes from roll call to certification, as the secretariat and a member click them.

One walk rather than many small tests: each step starts from what the one before left in the
database, which is the point (the certified PDF must carry what was typed on the run page).
"""

from datetime import date, time

import pytest

from pcio.meetings import services
from pcio.meetings.models import Attendance, Correction, Section, Stage, Status
from pcio.meetings.tests.conftest import flat, pdf_pages

DECISION = "การจัดทำบัญชีข้อมูลของหน่วยงาน"
ACTION = "จัดทำบัญชีข้อมูลให้ครบทุกส่วนราชการ"
TAKER, CHECKER = "นางสาวจดบันทึก ถูกต้อง", "นายตรวจทาน รอบคอบ"
CORRECTED = "ที่ประชุมอภิปรายเรื่องคุณภาพของบัญชีข้อมูลอย่างกว้างขวาง"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_minutes_go_from_roll_call_to_a_certified_pdf(browser, page, login, live_server,
                                                      secretariat, committee_member, committee,
                                                      meeting, agency_a):
    services.add_item(meeting, Section.FOR_INFO, title="ผลการประเมินเว็บไซต์",
                      body="# ผลการประเมิน\n\n## รายละเอียด\n\nหน่วยงานผ่านเกณฑ์")
    decision = services.add_item(meeting, Section.FOR_DECISION, title=DECISION)
    login(secretariat)
    record_the_meeting(page, live_server.url, meeting, decision, agency_a)
    fill_times_and_signers(page, live_server.url, meeting)
    page.click("button:has-text('เวียนร่างให้กรรมการตรวจ')")
    page.wait_for_selector("#minutes-state .badge.warn")

    member = signed_in(browser, live_server.url, committee_member)
    read_the_circulated_draft(member, live_server.url, meeting)
    member.select_option("#correction select[name=item]", str(decision.pk))
    member.fill("#correction textarea[name=text]", f"ขอแก้สรุปการอภิปรายเป็น {CORRECTED}")
    member.click("#correction button")
    member.wait_for_selector(".corrections >> text=รอพิจารณา")
    member.context.close()

    accept_the_correction(page, live_server.url, meeting, decision)
    following = certify_at_the_next_meeting(page, live_server.url, committee)
    check_the_certified_pdf(page, live_server.url, meeting)
    check_the_next_pack(page, live_server.url, following)
    check_what_the_public_sees(browser, live_server.url, meeting)


def record_the_meeting(page, url, meeting, decision, agency):
    page.goto(f"{url}/meetings/{meeting.pk}/run/")
    chair, secretary = meeting.attendance.order_by("position_order", "id")
    page.select_option(f"select[name=kind-{secretary.pk}]", Attendance.Kind.ABSENT)
    page.fill(f"input[name=reason-{secretary.pk}]", "ติดราชการต่างจังหวัด")
    page.fill(f"input[name=substitute-{chair.pk}]", "นายรองประธาน แทนตำแหน่ง")
    page.check(f"input[name=online-{chair.pk}]")
    page.click("button:has-text('บันทึกการเข้าประชุม')")
    page.wait_for_selector("text=บันทึกการเข้าประชุมแล้ว")
    assert "กรรมการมาประชุม 1 จาก 2 คน" in page.inner_text("#quorum")
    assert "ครบองค์ประชุม" in page.inner_text("#quorum.ok-box")
    for item in meeting.items.filter(section__lt=5):
        card = page.locator(f"#item-{item.pk}")
        card.locator("select[name=outcome]").select_option(
            "approved" if item == decision else "noted")
        if item == decision:
            vote_and_assign(card, agency)
        card.locator("button", has_text="บันทึกมติ").click()
        page.wait_for_selector(f"#item-{item.pk} .badge.ok")
    assert ACTION in page.inner_text(f"#item-{decision.pk}")


def vote_and_assign(card, agency):
    card.locator("textarea[name=text]").fill("ให้ทุกหน่วยงานจัดทำบัญชีข้อมูล")
    card.locator("textarea[name=discussion]").fill("ที่ประชุมอภิปรายเรื่องบัญชีข้อมูล")
    card.locator("summary", has_text="ลงมติ").click()
    card.locator("input[name=votes_for]").fill("1")
    card.locator("input[name=votes_against]").fill("0")
    card.locator("summary", has_text="มอบหมายหน่วยงาน").click()
    card.locator("input[name=title]").fill(ACTION)
    card.locator("select[name=agency]").select_option(str(agency.pk))
    card.locator("input[name=due]").fill("30/9/2568")


def fill_times_and_signers(page, url, meeting):
    page.goto(f"{url}/meetings/{meeting.pk}/minutes/edit/")
    page.fill("input[name=started]", "09:30")
    page.fill("input[name=closed]", "12:15")
    page.fill("input[name=minutes_taker]", TAKER)
    page.fill("input[name=minutes_checker]", CHECKER)
    page.fill("input[name=minutes_checker_position]", "หัวหน้าฝ่ายเลขานุการ")
    page.click("main form button")
    page.wait_for_url(f"{url}/meetings/{meeting.pk}/minutes/")
    assert not page.locator(".error-box").count(), page.inner_text(".error-box")


def new_page(browser):
    """A browser context of its own: cookies apart from the secretariat's."""
    page = browser.new_context(locale="th-TH", viewport={"width": 1200, "height": 900}).new_page()
    page.set_default_timeout(15000)
    return page


def signed_in(browser, url, user):
    page = new_page(browser)
    page.goto(f"{url}/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pass-pcio-1234")
    page.click("main button")
    page.wait_for_url(f"{url}/")
    return page


def read_the_circulated_draft(page, url, meeting):
    page.goto(f"{url}/meetings/{meeting.pk}/minutes/")
    text = page.inner_text("#minutes")
    assert "#" not in text  # the items' body markup never shows as such
    for words in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ติดราชการต่างจังหวัด", "นายรองประธาน",
                  "ประชุมผ่านสื่ออิเล็กทรอนิกส์", "มติที่ประชุม", "ด้วยคะแนนเสียง เห็นด้วย 1 เสียง",
                  ACTION, "เริ่มประชุมเวลา 09.30 น.", "เลิกประชุมเวลา 12.15 น.",
                  "ผู้จดรายงานการประชุม", f"({TAKER})", "ผู้ตรวจรายงานการประชุม", f"({CHECKER})"):
        assert words in text, words
    assert "ยังไม่ได้บันทึกมติ" not in text


def accept_the_correction(page, url, meeting, decision):
    """The secretariat answers the member and types the correction into the record."""
    page.goto(f"{url}/meetings/{meeting.pk}/minutes/")
    page.fill(".corrections input[name=response]", "แก้ไขตามที่เสนอ")
    page.click(".corrections button[value=accepted]")
    page.wait_for_selector(".corrections .badge.ok")
    assert Correction.objects.get().state == Correction.State.ACCEPTED
    page.goto(f"{url}/meetings/{meeting.pk}/run/")
    card = page.locator(f"#item-{decision.pk}")
    card.locator("textarea[name=discussion]").fill(CORRECTED)
    card.locator("button", has_text="บันทึกมติ").click()
    page.wait_for_selector("text=บันทึกมติแล้ว")


def certify_at_the_next_meeting(page, url, committee):
    following = services.create_meeting(committee, 3, 2568, date(2025, 8, 5), time(13, 30),
                                        "ห้องประชุมทดสอบ")
    item_two = following.items.get(section=Section.MINUTES)
    page.goto(f"{url}/meetings/{following.pk}/run/")
    card = page.locator(f"#item-{item_two.pk}")
    card.locator("select[name=outcome]").select_option("certified")
    card.locator("button", has_text="บันทึกมติ").click()
    page.wait_for_selector(f"#item-{item_two.pk} .badge.ok")
    previous = following.previous()
    assert (previous.status, previous.approved_at) == (Status.APPROVED, following)
    assert previous.issued.filter(doc="minutes", stage=Stage.CERTIFIED).count() == 1
    return following


def check_the_certified_pdf(page, url, meeting):
    response = page.request.get(f"{url}/meetings/{meeting.pk}/minutes.pdf")
    assert response.ok and response.headers["content-type"] == "application/pdf"
    text = flat("".join(pdf_pages(response.body())))
    for words in ("ผู้จดรายงานการประชุม", TAKER, "ผู้ตรวจรายงานการประชุม", CHECKER,
                  "หัวหน้าฝ่ายเลขานุการ", "เลิกประชุมเวลา 12.15 น.", "ผู้ไม่มาประชุม",
                  CORRECTED, ACTION):
        assert flat(words) in text, words
    assert flat("ยังไม่ได้บันทึกมติ") not in text
    assert "........น." not in text  # both times were typed


def check_the_next_pack(page, url, following):
    response = page.request.get(f"{url}/meetings/{following.pk}/pack.pdf")
    assert response.ok
    pages = [flat(p) for p in pdf_pages(response.body())]
    cover = next(n for n, p in enumerate(pages) if p.startswith(flat("เอกสาร 1")))
    minutes = "".join(pages[cover + 1:])
    assert minutes.startswith(flat("รายงานการประชุม"))
    for words in ("ครั้งที่ 2/2568", TAKER, CHECKER, CORRECTED, "เลิกประชุมเวลา 12.15 น."):
        assert flat(words) in minutes, words


def check_what_the_public_sees(browser, url, meeting):
    """Certified minutes are public; the members' corrections and the circulated draft are not."""
    page = new_page(browser)
    page.goto(f"{url}/meetings/{meeting.pk}/minutes/")
    text = page.inner_text("main")
    assert CORRECTED in page.inner_text("#minutes") and "รับรองแล้ว" in text
    assert "ขอแก้สรุปการอภิปราย" not in text
    assert "เวียนร่างรายงานการประชุม" not in text  # the draft's version: members only
    page.context.close()
