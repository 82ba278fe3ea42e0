from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests.pages import SPAM, clean, ok


def test_a_redirect_only_for_visitors_from_google_is_caught(site):
    landing = site({"/": ok(SPAM)})
    # another host name for the same loopback server: off-site as far as the crawler knows
    offsite = landing.url.replace("127.0.0.1", "localhost") + "/"

    def home(request):
        if "google." in request.headers.get("Referer", ""):
            return 302, {"Location": offsite}, ""
        return 200, {}, clean()

    server = site({"/": home})
    report = crawl(server.url + "/", allow_private=True, probe=False)
    start = report.pages[0]
    assert start.verdict == "infected"
    assert "google_referrer" in {f.persona for f in start.findings}
    desktop = next(f for f in start.fetches if f.persona == "desktop")
    referred = next(f for f in start.fetches if f.persona == "google_referrer")
    assert desktop.redirects == [] and referred.redirects == [offsite]
