from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests.pages import SPAM, clean, ok


def test_a_site_that_answers_every_unknown_url_with_spam_gets_a_soft404_finding(site):
    server = site({"/": ok(clean())}, fallback=ok(SPAM))
    report = crawl(server.url + "/", allow_private=True)
    probe = next(p for p in report.pages if p.source == "probe")
    assert probe.verdict == "infected"
    assert probe.findings[0].kind == "soft404_spam"
    assert report.verdict == "infected"


def test_an_honest_404_adds_no_page(site):
    server = site({"/": ok(clean())})
    report = crawl(server.url + "/", allow_private=True)
    assert [p.source for p in report.pages] == ["start"]
    assert report.verdict == "clean"
