"""Pages written after the corpus, with phrasings, hosts and tricks it does not contain: spam
is judged by what the page does (hide, send away, promote), not by a known domain list."""

import pytest

from pcio.webwatch.detect import check_html

URL = "https://www.kaengkai.go.th/index.php"


def pg(body="", head="", title="เทศบาลตำบลแก้งไก่"):
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            "<h1>เทศบาลตำบลแก้งไก่</h1><p>ประกาศรับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก ปีการศึกษา "
            f"2568 ระหว่างวันที่ 1-30 เมษายน</p>{body}</body></html>")


INFECTED = {
    "sponsor_link_on_unknown_host": pg("<p>ผู้สนับสนุน: <a href='https://abc-xyz-th.com/'>"
                                       "สล็อตเว็บตรง อันดับ 1</a></p>"),
    "hidden_english_paragraph": pg("<div style='display:none'>Play the best online slots and "
                                   "live casino games. Get a 200% deposit bonus today!</div>"),
    "og_description": pg(head="<meta property='og:description' content='เว็บบาคาร่า อันดับ 1 "
                              "ฝากถอนไม่มีขั้นต่ำ'>"),
    "og_url_to_betting_site": pg(head="<meta property='og:url' content='https://ufa-8888.net/'>"),
    "refresh_to_unknown_host": pg(head="<meta http-equiv='refresh' content='0;url=https://"
                                       "go-th-win.com/'>"),
    "window_open_for_google_visitors": pg(
        "<script>if(document.referrer.search(/google/i)>=0){window.open('https://go-th-win.com/"
        "','_self')}</script>"),
    "unescape_redirect": pg(
        "<script>eval(unescape('%6c%6f%63%61%74%69%6f%6e%2e%68%72%65%66%3d%27%68%74%74%70%73%3a"
        "%2f%2f%75%66%61%62%65%74%2e%63%6f%6d%27'))</script>"),
    "document_write_hidden_links": pg(
        "<script>document.write('<div style=\"display:none\"><a href=\"https://huaylao-vip.com/"
        "\">หวยลาว</a></div>')</script>"),
    "keyword_list_title": pg(title="บาคาร่า | คาสิโน | สล็อต | แทงบอล"),
    "visible_promotion_without_links": pg(
        "<p>สมัครสมาชิกใหม่วันนี้ รับเครดิตฟรี 100 บาท เล่นบาคาร่า สล็อต ยิงปลา ได้ทุกค่าย "
        "ฝากถอนผ่านวอลเล็ท ไม่มีขั้นต่ำ ระบบออโต้ 24 ชม. แอดไลน์เลย</p>"),
    "line_account_of_a_betting_site": pg("<a href='https://line.me/R/ti/p/@ufa888vip'>ติดต่อ"
                                         "แอดมิน</a>"),
    "hidden_iframe_to_unknown_host": pg("<iframe src='https://go-th-win.com/' "
                                        "style='display:none'></iframe>"),
    "max_height_zero": pg("<div style='max-height:0;overflow:hidden'><a href='https://slotauto"
                          ".win/'>สล็อต</a></div>"),
    "image_map_area": pg("<img src='/b.png' usemap='#m'><map name='m'><area href='https://"
                         "ufa88.com/' alt='ufa'></map>"),
    "compound_css_selector": pg("<div class='seo-links'><a href='https://x-slot.com/'>สล็อต</a>"
                                "</div>", head="<style>footer div.seo-links{display:none}</style>"),
}
CLEAN = {
    "football_for_the_people": pg("<p>การแข่งขันกีฬาฟุตบอลประชาชน ต้านยาเสพติด ชิงถ้วย"
                                  "นายกเทศมนตรี ประจำปี 2568 สมัครทีมได้ที่กองการศึกษา</p>"),
    "bank_savings_promotion": pg("<p>ธนาคารออมสินสาขาแก้งไก่ เปิดบัญชีเงินฝาก รับโบนัสดอกเบี้ย "
                                 "ฝากขั้นต่ำ 500 บาท สมัครง่าย</p>"),
    "lottery_sellers": pg("<p>ประกาศรายชื่อผู้ได้รับสิทธิ์จำหน่ายสลากกินแบ่งรัฐบาลแบบจองล่วงหน้า "
                          "ห้ามจำหน่ายเกินราคา 80 บาท</p>"),
    "casino_workers_in_laos": pg("<p>นายอำเภอประชุมหารือปัญหาแรงงานไทยข้ามไปทำงานในคาสิโนฝั่ง "
                                 "สปป.ลาว พร้อมเตือนให้ระวังการหลอกลวง</p>"),
    "google_translate_widget": pg(
        "<div id='google_translate_element'></div><script src='https://translate.google.com/"
        "translate_a/element.js?cb=init'></script><script>function init(){new google.translate"
        ".TranslateElement({pageLanguage:'th'},'google_translate_element');}</script>"),
    "referrer_counter": pg(
        "<script>var d=document,r=d.referrer;var i=new Image();i.src='https://counter.example-"
        "stats.com/hit?r='+encodeURIComponent(r)+'&u='+encodeURIComponent(location.href);"
        "</script>"),
    "app_link_for_android": pg(
        "<script>if(/Android/i.test(navigator.userAgent)){document.getElementById('app').href="
        "'https://play.google.com/store/apps/details?id=th.go.kaengkai'}</script>"
        "<a id='app' href='#'>ดาวน์โหลดแอป</a>"),
    "collapsed_campaign_text": pg("<div class='collapse' style='display:none'><p>โครงการรณรงค์"
                                  "ลด ละ เลิก การพนัน ไพ่ ไฮโล บาคาร่า ในช่วงงานศพ</p></div>"),
    "room_booking_slot_pdf": pg("<a href='/uploads/2568/slot-booking.pdf'>ตารางจองช่วงเวลา "
                                "(slot) ใช้ห้องประชุม</a>"),
    "news_link_about_an_arrest": pg("<a href='https://www.thairath.co.th/news/crime/2780000'>"
                                    "รวบแก๊งเว็บพนันออนไลน์</a>"),
    "no_gambling_sign": pg("<img src='/sign.jpg' alt='ป้ายห้ามเล่นการพนัน'>"),
    "flight_slots": pg("<p>ท่าอากาศยานได้รับจัดสรรสล็อตการบินเพิ่ม</p>", title="สล็อตการบิน"),
}


@pytest.mark.parametrize("name", sorted(INFECTED))
def test_it_finds_spam_it_was_not_trained_on(name):
    verdict = check_html(INFECTED[name], URL)
    assert verdict.verdict == "infected", (name, verdict.score, verdict.findings)
    assert any(f.evidence and f.weight >= 0.5 for f in verdict.findings)


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_it_spares_clean_pages_it_was_not_trained_on(name):
    verdict = check_html(CLEAN[name], URL)
    assert verdict.verdict == "clean", (name, verdict.score, verdict.findings)
