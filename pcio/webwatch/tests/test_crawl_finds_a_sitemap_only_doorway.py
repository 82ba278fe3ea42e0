import gzip

from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests.pages import SPAM, clean, ok


def urlset(*urls):
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' \
           f"{locs}</urlset>"


def test_a_doorway_listed_only_in_a_gzipped_sitemap_behind_an_index_is_found(site):
    server = site({"/": ok(clean("/about"))})
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
             f'sitemap/0.9"><sitemap><loc>{server.url}/sm/pages.xml.gz</loc></sitemap>'
             "</sitemapindex>")
    pages = gzip.compress(urlset(f"{server.url}/about",
                                 f"{server.url}/ewt_mod/slot-online.html").encode())
    server.page("/robots.txt", f"User-agent: *\nSitemap: {server.url}/sm/index.xml\n",
                headers={"Content-Type": "text/plain"})
    server.page("/sm/index.xml", index, headers={"Content-Type": "application/xml"})
    server.page("/sm/pages.xml.gz", pages, headers={"Content-Type": "application/gzip"})
    server.page("/about", clean())
    server.page("/ewt_mod/slot-online.html", SPAM)
    # a budget of two pages still reaches the doorway: planted-looking paths go first
    report = crawl(server.url + "/", allow_private=True, probe=False, max_pages=2)
    doorway = next(p for p in report.pages if "/ewt_mod/" in p.url)
    assert doorway.verdict == "infected" and doorway.source == "sitemap"
    assert report.sitemap_urls == 2


def test_a_doorway_named_in_robots_txt_is_checked(site):
    server = site({"/": ok(clean())})
    server.page("/robots.txt", "User-agent: *\nDisallow: /slot/\n",
                headers={"Content-Type": "text/plain"})
    server.page("/slot/", SPAM)
    report = crawl(server.url + "/", allow_private=True, probe=False)
    assert [p.verdict for p in report.pages if p.url.endswith("/slot/")] == ["infected"]
