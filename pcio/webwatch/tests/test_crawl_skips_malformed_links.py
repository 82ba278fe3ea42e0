"""A malformed link on a crawled page (`http://[::1/`, which urllib refuses with ValueError)
is skipped, wherever it is found: a link, robots.txt, a sitemap or a redirect's Location.
The scan goes on and the pages it could reach keep their verdicts."""

from pcio.webwatch.crawl import check_url, crawl
from pcio.webwatch.tests.pages import CLEAN, clean, ok

BAD = "http://[::1/"
LINKS = CLEAN.replace("{links}", f'<a href="{BAD}">x</a> <a href="http://[::1/x"></a>'
                                 '<iframe src="http://[zz/"></iframe><a href="/news">ข่าว</a>')
SITEMAP = f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{BAD}page</loc></url><url><loc>/about</loc></url></urlset>"""


def test_malformed_links_are_skipped_and_the_rest_of_the_site_is_crawled(site):
    server = site({"/": ok(LINKS), "/news": ok(clean()), "/about": ok(clean()),
                   "/robots.txt": ok(f"Sitemap: {BAD}\nDisallow: {BAD}slot\n"),
                   "/sitemap.xml": ok(SITEMAP, {"Content-Type": "application/xml"})})
    report = crawl(server.url + "/", allow_private=True, probe=False)
    assert report.verdict == "clean"
    assert {p.url.removeprefix(server.url) for p in report.pages} == {"/", "/news"}


def test_a_redirect_to_a_malformed_location_is_a_page_not_checked_not_a_crash(site):
    server = site({"/": lambda request: (302, {"Location": BAD}, "")})
    page = check_url(server.url + "/", allow_private=True)
    assert page.verdict == "could_not_check"


def test_a_malformed_start_address_is_not_checked_rather_than_crashing():
    report = crawl(BAD, allow_private=True, probe=False)
    assert report.verdict == "unreachable"
