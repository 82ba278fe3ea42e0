"""Each attack form of issue 4, written by hand in a style the corpus generator never uses,
is caught with the right kind of finding and evidence that shows the attack."""

import base64

import pytest

from pcio.webwatch.detect import check_html

URL = "https://www.banmuang.go.th/news/view/1234"


def page(head="", body="", title="องค์การบริหารส่วนตำบลบ้านม่วง อำเภอสังคม"):
    return (f"<!doctype html><html lang='th'><head><meta charset='utf-8'><title>{title}</title>"
            f"{head}</head><body><header><h1>อบต.บ้านม่วง</h1></header><main><h2>ข่าวกิจกรรม"
            "</h2><p>อบต.บ้านม่วง จัดโครงการอบรมส่งเสริมอาชีพให้กลุ่มแม่บ้าน ณ ศาลาประชาคม "
            f"หมู่ที่ 4 มีผู้เข้าร่วม 60 คน</p>{body}</main><footer>โทร 042-000000</footer>"
            "</body></html>")


LINKS = ("<a href='https://www.ufa-king88.com/'>ยูฟ่าเบท สมัครวันนี้</a> "
         "<a href='https://pgsoft-thai.vip/'>สล็อต pg ฝากถอนไม่มีขั้นต่ำ</a>")
B64 = base64.b64encode(b'if(document.referrer.indexOf("google")>-1)'
                       b'{window.location.replace("https://www.slot-mega888.com/?a=1")}').decode()
HEXED = "".join(f"\\x{ord(c):02x}" for c in "https://www.ufa-king88.com/")
CODES = ",".join(str(ord(c)) for c in 'top.location.href="https://casino-royal.asia/"')

CASES = {
    "display_none": (page(body=f"<span style='DISPLAY: none !important'>{LINKS}</span>"),
                     "hidden_link", "ufa-king88"),
    "visibility": (page(body=f"<p style='visibility:hidden;margin:0'>{LINKS}</p>"),
                   "hidden_link", "pgsoft-thai"),
    "offscreen": (page(body=f"<div style='position:absolute; left:-7777px'>{LINKS}</div>"),
                  "hidden_link", "ufa-king88"),
    "text_indent": (page(body=f"<h6 style='text-indent:-99999em'>{LINKS}</h6>"),
                    "hidden_link", "ufa-king88"),
    "font_zero": (page(body=f"<font style='font-size:0px'>{LINKS}</font>"), "hidden_link",
                  "font-size"),
    "height_zero": (page(body=f"<ul style='height:0px;overflow:hidden'><li>{LINKS}</li></ul>"),
                    "hidden_link", "overflow"),
    "opacity": (page(body=f"<div style='opacity:0'>{LINKS}</div>"), "hidden_link", "opacity"),
    "class_in_style": (page(head="<style>#ft-links{display:none}</style>",
                            body=f"<div id='ft-links'>{LINKS}</div>"), "hidden_link", "ft-links"),
    "noscript": (page(body=f"<noscript>{LINKS}</noscript>"), "hidden_link", "noscript"),
    "title": (page(title="ทางเข้าเล่น บาคาร่า ฝากถอนออโต้ - อบต.บ้านม่วง"), "meta_spam",
              "บาคาร่า"),
    "description": (page(head="<meta name='description' content='แทงบอลออนไลน์ สมัครรับโบนัส"
                              "ทันที'>"), "meta_spam", "แทงบอล"),
    "keywords": (page(head="<meta name='keywords' content='สล็อต,บาคาร่า,คาสิโน'>"),
                 "meta_spam", "keywords"),
    "open_graph": (page(head="<meta property='og:description' content='สล็อตเว็บตรง แตกง่าย'>"),
                   "meta_spam", "og:description"),
    "json_ld": (page(head="<script type='application/ld+json'>{\"@type\":\"Organization\","
                          "\"description\":\"เว็บสล็อตอันดับ 1 สมัครฟรี\"}</script>"),
                "meta_spam", "ld+json"),
    "canonical": (page(head="<link rel='canonical' href='https://www.slot-mega888.com/'>"),
                  "canonical_spam", "slot-mega888"),
    "amphtml": (page(head="<link rel='amphtml' href='https://amp.ufa-king88.com/th/'>"),
                "canonical_spam", "amp.ufa-king88"),
    "meta_refresh": (page(head="<meta http-equiv='Refresh' content='2; URL=https://pgsoft-thai"
                               ".vip/'>"), "meta_refresh", "pgsoft-thai"),
    "iframe": (page(body="<iframe src='https://casino-royal.asia/lobby' width=1 height=1>"
                         "</iframe>"), "iframe_spam", "casino-royal"),
    "embed": (page(body="<embed src='https://www.ufa-king88.com/b.swf'>"), "iframe_spam",
              "embed"),
    "image_alt": (page(body="<img src='/uploads/b.gif' alt='สล็อตเว็บตรง สมัครรับเครดิตฟรี'>"),
                  "image_banner", "alt="),
    "image_link": (page(body="<a href='https://pgsoft-thai.vip/?r=7'><img src='/img/ad.png'></a>"),
                   "image_banner", "pgsoft-thai"),
    "js_referrer": (page(body="<script>var s=document.referrer;if(s.indexOf('google.')!=-1)"
                              "{location='https://www.slot-mega888.com/'}</script>"),
                    "js_redirect", "slot-mega888"),
    "js_phone": (page(body="<script>if(navigator.userAgent.match(/Android|iPhone/i))"
                           "{window.location.href='https://free-credit-th.net/'}</script>"),
                 "js_redirect", "free-credit-th"),
    "js_atob": (page(body=f"<script>eval(atob('{B64}'))</script>"), "js_redirect",
                "decoded: eval(\"if(document.referrer"),
    "js_fromcharcode": (page(body=f"<script>eval(String.fromCharCode({CODES}))</script>"),
                        "js_redirect", "casino-royal"),
    "js_hex": (page(body=f"<script>window['location']['href']='{HEXED}'</script>"),
               "js_redirect", "ufa-king88"),
    "outbound_links": (page(body=f"<p>ลิงก์แนะนำ {LINKS}</p>"), "betting_link", "ufa-king88"),
    "visible_keyword_spam": (page(body="<p>เว็บตรงสล็อต แตกง่าย ฝากถอนไม่มีขั้นต่ำ ยูสใหม่รับโบนัส"
                                       " 100% บาคาร่า เครดิตฟรี 50 ไม่ต้องฝาก แทงบอล ค่าน้ำดี "
                                       "สมัครเลย คาสิโนสด ถอนได้ไม่อั้น</p>"),
                             "keyword_spam", "โบนัส"),
    "zero_width": (page(body="<div style='display:none'>ส\u200bล\u200b็\u200bอ\u200bต "
                             "เครดิตฟรี</div>"), "hidden_text", "display:none"),
    "spaced_letters": (page(title="ส ล็ อ ต ฝากถอนไม่มีขั้นต่ำ"), "meta_spam", "ส ล็ อ ต"),
    "lookalikes": (page(title="SL0T 0NLINE และ แทงบ0ล สมัครฟรี"), "meta_spam", "SL0T"),
    "spelling": (page(title="สล๊อต เเตกง่าย สมัครรับโบนัส"), "meta_spam", "สล๊อต"),
    "english": (page(body="<div style='position:absolute;top:-3000px'><a href='https://"
                          "best-casino-bonus.com/'>Best online casino, free spins, sign up "
                          "bonus</a></div>"), "hidden_link", "best-casino-bonus"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_it_catches_the_attack_form_with_evidence(name):
    html, kind, excerpt = CASES[name]
    verdict = check_html(html, URL)
    assert verdict.verdict == "infected", (name, verdict)
    kinds = {f.kind: f for f in verdict.findings}
    assert kind in kinds, (name, [(f.kind, f.weight) for f in verdict.findings])
    assert excerpt in kinds[kind].evidence


def test_it_catches_a_windows_874_page_decoded_by_the_fetcher():
    raw = page(body=f"<div style='display:none'>{LINKS}</div>").replace(
        "utf-8", "windows-874").encode("cp874")
    assert check_html(raw.decode("cp874"), URL).verdict == "infected"
