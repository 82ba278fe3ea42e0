from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests.pages import SPAM, clean


def cloaked(request):
    bot = "Googlebot" in request.headers.get("User-Agent", "")
    return 200, {}, SPAM if bot else clean()


def test_a_page_that_shows_spam_only_to_googlebot_is_infected_and_names_the_persona(site):
    server = site({"/": lambda r: (200, {}, clean("/news")), "/news": cloaked})
    report = crawl(server.url + "/", allow_private=True, probe=False)
    page = next(p for p in report.pages if p.url.endswith("/news"))
    assert page.verdict == "infected"
    assert {f.persona for f in page.findings} & {"googlebot", "googlebot_smartphone"}
    assert report.verdict == "infected"


def test_every_page_is_fetched_as_every_persona(site):
    server = site({"/": lambda r: (200, {}, clean())})
    crawl(server.url + "/", allow_private=True, probe=False)
    agents = {headers.get("User-Agent") for path, headers in server.requests if path == "/"}
    referers = {headers.get("Referer") for path, headers in server.requests if path == "/"}
    assert len(agents) >= 3
    assert any(r and "google." in r for r in referers)
