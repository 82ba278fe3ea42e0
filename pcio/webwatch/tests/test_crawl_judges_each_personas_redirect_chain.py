"""A redirect that fires only for some visitors (a phone arriving from a Google search, or
Googlebot) is caught by the persona it fires for and judged by its chain, even when the
target cannot be reached; every hop's URL and status is the evidence."""

from pcio.webwatch.crawl import check_url
from pcio.webwatch.tests.pages import clean, ok


def only_for(test, target):
    def home(request):
        if test(request.headers.get("User-Agent", ""), request.headers.get("Referer", "")):
            return 302, {"Location": target}, ""
        return 200, {}, clean()
    return home


def phone_from_google(agent, referer):
    return "Mobile" in agent and "google." in referer


def test_a_redirect_only_for_phones_arriving_from_google_is_cloaking(site):
    server = site({"/": only_for(phone_from_google, "http://landing-page.invalid/")})
    page = check_url(server.url + "/", allow_private=True, timeout=5)
    assert page.verdict == "infected"
    cloak = next(f for f in page.findings if f.kind == "cloaking")
    assert cloak.persona == "phone_google"
    assert f"{server.url}/ [302] → http://landing-page.invalid/" in cloak.evidence
    assert f"desktop → {server.url}/ [200]" in cloak.evidence
    sent = {f.persona: f.redirects for f in page.fetches}
    assert sent["phone_google"] == ["http://landing-page.invalid/"]
    assert sent["phone"] == sent["google_referrer"] == sent["desktop"] == []


def test_a_redirect_only_for_googlebot_is_cloaking(site):
    server = site({"/": only_for(lambda agent, _: "Googlebot" in agent,
                                 "https://seo-target.invalid/")})
    page = check_url(server.url + "/", allow_private=True, timeout=5)
    assert page.verdict == "infected"
    [cloak] = [f for f in page.findings if f.kind == "cloaking"]
    assert set(cloak.persona.split(", ")) == {"googlebot", "googlebot_smartphone"}


def test_every_hop_of_a_longer_chain_is_evidence_and_an_idn_name_is_read(site):
    # สล็อต.invalid written as IDNA, reached through another host name of a second server
    relay = site({"/go": lambda r: (301, {"Location": "http://xn--m3c5aon3k.invalid/"}, "")})
    hop = relay.url.replace("127.0.0.1", "localhost") + "/go"
    server = site({"/": only_for(phone_from_google, hop), "/x": ok(clean())})
    page = check_url(server.url + "/", allow_private=True, timeout=5)
    assert page.verdict == "infected"
    found = next(f for f in page.findings if f.kind == "http_redirect_offsite")
    assert found.persona == "phone_google" and found.weight >= 0.9
    assert f"[302] → {hop} [301] → http://xn--m3c5aon3k.invalid/" in found.evidence
    assert "สล็อต" in found.evidence
