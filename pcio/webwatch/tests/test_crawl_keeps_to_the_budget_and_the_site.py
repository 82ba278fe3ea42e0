from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests.pages import clean


def test_it_checks_at_most_the_page_budget_and_never_leaves_the_site(site):
    other = site(fallback=lambda r: (200, {}, clean()))
    links = [f"/p{i}" for i in range(30)] + [other.url + "/elsewhere", "/doc.pdf", "mailto:x@y"]
    server = site(fallback=lambda r: (200, {}, clean(*links)))
    report = crawl(server.url + "/", allow_private=True, probe=False, max_pages=10)
    assert len(report.pages) == 10
    assert all(p.url.startswith(server.url) for p in report.pages)
    assert other.requests == []
    assert not any(path.endswith(".pdf") for path, _ in server.requests)


def test_urls_not_seen_in_the_previous_scan_are_marked_new_and_go_first(site):
    links = [f"/p{i}" for i in range(20)]
    server = site(fallback=lambda r: (200, {}, clean(*links)))
    known = [server.url + "/"] + [server.url + p for p in links if p != "/p17"]
    report = crawl(server.url + "/", allow_private=True, probe=False, max_pages=3, known=known)
    assert report.pages[1].url.endswith("/p17") and report.pages[1].is_new
    assert not report.pages[0].is_new
