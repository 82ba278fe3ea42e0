"""check_page judges where each persona was sent by the chain itself: the hosts, their
registrable domains and top-level domains, the words in the URLs (punycode and
percent-encoding decoded), and whether the chain leaves the agency's own websites and the
government and known service domains. A target that could not be fetched is still judged."""

from pcio.webwatch.detect import PERSONAS, Fetched, check_page

URL = "https://www.phonphisai.go.th/"
PAGE = "<html><head><title>เทศบาลตำบลโพนพิสัย</title></head><body><p>ข่าวสาร</p></body></html>"


def stayed(persona):
    return Fetched(persona, URL, URL, 200, {"content-type": "text/html"}, PAGE, [],
                   [(URL, 200)])


def sent(persona, target, reached=True):
    if reached:
        return Fetched(persona, URL, target, 200, {"content-type": "text/html"}, PAGE,
                       [target], [(URL, 302), (target, 200)])
    error = "เชื่อมต่อเว็บไซต์ไม่ได้ / Could not connect: ไม่พบชื่อโดเมน"
    return Fetched(persona, URL, target, 0, {}, "", [target], [(URL, 302), (target, error)],
                   error)


def everyone_but(**special):
    return [special.get(p) or stayed(p) for p in PERSONAS]


def kinds(verdict):
    return {(f.kind, f.persona) for f in verdict.findings}


def test_phones_sent_to_known_services_or_government_sites_stay_clean():
    for target in ("https://m.facebook.com/phonphisai", "https://www.nongkhai.go.th/",
                   "https://line.me/R/ti/p/@phonphisai", "https://www.dga.or.th/"):
        v = check_page(everyone_but(phone=sent("phone", target)))
        assert v.verdict == "clean", (target, v.findings)


def test_the_agencys_own_registered_website_is_not_offsite():
    everyone = [sent(p, "https://phonphisai-city.com/") for p in PERSONAS]
    assert check_page(everyone, own=["phonphisai-city.com"]).verdict == "clean"
    v = check_page(everyone)
    assert v.verdict == "infected"
    assert all(f.weight < 0.9 for f in v.findings)  # leaving alone is the weakest proof


def test_words_in_a_percent_encoded_path_or_a_gambling_tld_convict():
    for target, word in (("https://promo.example/%E0%B8%9A%E0%B8%B2%E0%B8%84%E0%B8%B2%E0%B8"
                          "%A3%E0%B9%88%E0%B8%B2/", "บาคาร่า"),
                         ("https://win.bet/", ".bet"), ("https://pg168.example/", "pg")):
        v = check_page([sent(p, target, reached=False) for p in PERSONAS])
        assert v.verdict == "infected" and v.score >= 0.95, target
        assert word in v.findings[0].evidence


def test_a_cloaked_redirect_convicts_though_its_target_was_never_reached():
    v = check_page(everyone_but(phone_google=sent("phone_google", "https://mekong-deal.example/",
                                                  reached=False)))
    assert v.verdict == "infected"
    assert ("cloaking", "phone_google") in kinds(v)
    cloak = next(f for f in v.findings if f.kind == "cloaking")
    assert "phone_google → https://www.phonphisai.go.th/ [302] → https://mekong-deal.example/" \
        in cloak.evidence
    assert "desktop → https://www.phonphisai.go.th/ [200]" in cloak.evidence
    assert "could not be opened" in cloak.evidence


def test_a_redirect_to_a_private_address_is_not_seen_rather_than_spam():
    v = check_page(everyone_but(desktop=sent("desktop", "http://10.1.2.3/", reached=False)))
    assert v.verdict == "could_not_check"
    assert [f.persona for f in v.findings if f.kind == "could_not_check"] == ["desktop"]
