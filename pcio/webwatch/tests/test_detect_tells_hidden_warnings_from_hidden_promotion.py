"""An anti-gambling article in a tab hidden until clicked is not hidden spam: hidden text
that warns against gambling and promotes it nowhere (no call to act left unanswered, no
link out to a betting or unknown site) is clean. Hidden promotion stays infected, also when
it borrows a warning's words ("ห้ามพลาด", "ไม่ผิดกฎหมาย")."""

import pytest

from pcio.webwatch.detect import check_html

URL = "https://www.bandua.go.th/knowledge"
ARTICLE = (
    "<h3>ภัยพนันออนไลน์</h3><p>มิจฉาชีพโฆษณาว่า \"สล็อตแตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครรับ"
    "เครดิตฟรี\" อย่าหลงเชื่อ การเล่นบาคาร่าและแทงบอลออนไลน์ผิดกฎหมายตาม พ.ร.บ.การพนัน "
    "พ.ศ. 2478 ผู้เล่นมีโทษจำคุกหรือปรับ</p><p>ผู้ปกครองช่วยกันดูแลบุตรหลานไม่ให้ติดพนัน "
    "แจ้งเบาะแสได้ที่สายด่วน 1599 อ่านเพิ่มเติมที่ <a href='https://www.thaihealth.or.th/'>"
    "สสส.</a></p>")
PROMO = ("<p>สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ ยูสใหม่รับโบนัส 100% บาคาร่าออนไลน์ "
         "สมัครเลย</p>")


def page(hidden, head=""):
    return (f"<html><head><meta charset='utf-8'><title>อบต.บ้านเดื่อ</title>{head}</head>"
            "<body><h1>องค์การบริหารส่วนตำบลบ้านเดื่อ</h1><p>ประกาศรับสมัครพนักงานจ้าง</p>"
            f"{hidden}<p>อำเภอท่าบ่อ จังหวัดหนองคาย</p></body></html>")


TABS = {
    "class_hidden_by_css": lambda html: page(
        f"<div id='t2' class='tabcontent'>{html}</div>",
        "<style>.tabcontent{display:none}</style>"),
    "inline_display_none": lambda html: page(f"<div style='display:none'>{html}</div>"),
    "hidden_attribute": lambda html: page(f"<section hidden>{html}</section>"),
    "bootstrap_d_none": lambda html: page(f"<div class='tab-pane d-none'>{html}</div>"),
}


@pytest.mark.parametrize("tab", sorted(TABS))
def test_a_hidden_anti_gambling_article_is_clean(tab):
    verdict = check_html(TABS[tab](ARTICLE), URL)
    assert verdict.verdict == "clean", verdict.findings


@pytest.mark.parametrize("tab", sorted(TABS))
def test_hidden_promotion_is_infected(tab):
    verdict = check_html(TABS[tab](PROMO), URL)
    assert verdict.verdict == "infected"
    assert verdict.findings[0].kind in ("hidden_text", "hidden_link")


@pytest.mark.parametrize("hidden", [
    # promotion dressed in reassurances that hold warning words
    "<p>ไพ่ป๊อกเด้ง เสือมังกร ห้ามพลาด ไม่ผิดกฎหมาย ไม่โกง ยูสใหม่รับโบนัส ถอนไม่อั้น</p>",
    # a warning that sends its readers to a betting site
    ARTICLE + "<p>เล่นกับเว็บตรงที่ปลอดภัย <a href='https://ufa-royal.example/'>ทางเข้า</a></p>",
    # a warning's words sprinkled on promotion, linking to a site nobody knows
    "<p>รณรงค์ เตือนภัย สล็อตเว็บตรง ฝากถอนออโต้ สมัครรับเครดิตฟรี "
    "<a href='https://mekong-deal.example/'>สมัคร</a></p>",
])
def test_hidden_promotion_that_borrows_a_warnings_words_is_infected(hidden):
    verdict = check_html(page(f"<div style='display:none'>{hidden}</div>"), URL)
    assert verdict.verdict == "infected", verdict.score
