"""check_page compares one URL as several personas: cloaking for Googlebot, for visitors
from a Google search and for phones is caught with the differing parts as evidence, while
a mobile layout that merely differs stays clean."""

from pcio.webwatch.detect import PERSONAS, Fetched, check_page

URL = "https://www.phonphisai.go.th/"


def html(title, body):
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>เทศบาลตำบลโพนพิสัย</h1>{body}</body></html>")


CLEAN = html("เทศบาลตำบลโพนพิสัย", "<p>ประกาศรับสมัครพนักงานจ้าง ประจำปี 2568</p>")
SPAM = html("สล็อตเว็บตรง สมัครรับเครดิตฟรี - เทศบาลตำบลโพนพิสัย",
            "<p>สล็อต ฝากถอนไม่มีขั้นต่ำ <a href='https://pg-win99.com/'>ทางเข้า pg</a></p>")


def fetch(persona, text=CLEAN, final=URL, status=200, redirects=None):
    return Fetched(persona, URL, final, status, {"content-type": "text/html"}, text,
                   redirects or ([] if final == URL else [final]))


def everyone(**special):
    return [special.get(p) or fetch(p) for p in PERSONAS]


def test_the_personas_are_the_six_the_issues_name():
    assert set(PERSONAS) == {"desktop", "phone", "googlebot", "googlebot_smartphone",
                             "google_referrer", "phone_google"}
    assert "Googlebot" in PERSONAS["googlebot"]["User-Agent"]
    assert "google.com/search" in PERSONAS["google_referrer"]["Referer"]
    assert "Mobile" in PERSONAS["phone"]["User-Agent"]
    assert "Mobile" in PERSONAS["phone_google"]["User-Agent"]
    assert "google.co.th/search" in PERSONAS["phone_google"]["Referer"]


def test_it_finds_a_page_shown_only_to_googlebot():
    v = check_page(everyone(googlebot=fetch("googlebot", SPAM)))
    assert v.verdict == "infected"
    cloak = [f for f in v.findings if f.kind == "cloaking"]
    assert cloak and cloak[0].persona == "googlebot"
    assert "สล็อตเว็บตรง" in cloak[0].evidence and "pg-win99.com" in cloak[0].evidence


def test_it_finds_a_redirect_only_for_visitors_from_google():
    landing = html("คาสิโนออนไลน์", "<p>บาคาร่า สมัครรับโบนัส</p>")
    v = check_page(everyone(google_referrer=fetch("google_referrer", landing,
                                                  final="https://ufa-win.bet/")))
    assert v.verdict == "infected"
    kinds = {(f.kind, f.persona) for f in v.findings}
    assert ("cloaking", "google_referrer") in kinds
    assert ("http_redirect_offsite", "google_referrer") in kinds
    assert any("ufa-win.bet" in f.evidence for f in v.findings if f.kind == "cloaking")


def test_it_finds_spam_served_only_to_phones():
    v = check_page(everyone(phone=fetch("phone", SPAM),
                            googlebot_smartphone=fetch("googlebot_smartphone", SPAM)))
    assert v.verdict == "infected"
    assert {f.persona for f in v.findings if f.kind == "cloaking"} == {
        "phone", "googlebot_smartphone"}


def test_it_finds_an_http_redirect_to_a_betting_site_for_everyone():
    v = check_page([fetch(p, SPAM, final="https://www.ufa-win.bet/") for p in PERSONAS])
    assert v.verdict == "infected"
    assert any(f.kind == "http_redirect_offsite" and "ufa-win.bet" in f.evidence
               for f in v.findings)


def test_a_mobile_layout_without_gambling_is_not_cloaking():
    mobile = html("เทศบาลตำบลโพนพิสัย (มือถือ)", "<p>เมนูย่อ</p><a href='https://m.facebook.com/"
                  "phonphisai'>เฟซบุ๊ก</a>")
    v = check_page(everyone(phone=fetch("phone", mobile)))
    assert v.verdict == "clean", v.findings


def test_a_same_site_https_redirect_is_clean():
    v = check_page([fetch(p, final="https://phonphisai.go.th/index.php") for p in PERSONAS])
    assert v.verdict == "clean"


def test_a_page_nobody_could_fetch_is_reported_as_could_not_check():
    v = check_page([fetch(p, text="", status=0) for p in PERSONAS])
    assert v.verdict == "could_not_check"
    assert [f.kind for f in v.findings] == ["could_not_check"]


def test_a_refresh_header_to_a_betting_site_is_caught():
    f = fetch("desktop")
    f.headers = {"content-type": "text/html", "refresh": "0; url=https://ufa-win.bet/"}
    v = check_page([f])
    assert v.verdict == "infected"
    assert any("ufa-win.bet" in x.evidence for x in v.findings)
