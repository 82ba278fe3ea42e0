import time

from pcio.webwatch.crawl import crawl
from pcio.webwatch.tests import servers
from pcio.webwatch.tests.pages import clean, ok


def stall(request):
    time.sleep(20)
    return 200, {}, ""


def flood(request):
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    while True:
        request.wfile.write(b"<p>spam" * 10000)


def bomb(request):
    return 200, {"Content-Encoding": "gzip"}, servers.bomb_body()


def loop(request):
    return 302, {"Location": request.path + "x"}, ""


def broken(request):
    return 200, {"Content-Type": "text/html; charset=utf-8"}, "ข่าว".encode()[:-1] + b"\xff<p>"


def test_each_hostile_page_costs_one_could_not_check_finding_and_the_scan_ends(site):
    routes = {"/stall": stall, "/flood": flood, "/bomb": bomb, "/loop": loop, "/broken": broken}
    server = site({"/": ok(clean(*routes)), **routes}, fallback=loop)
    report = crawl(server.url + "/", allow_private=True, timeout=1, probe=False)
    by_path = {p.url.split("/", 3)[3]: p for p in report.pages}
    for path in ("stall", "flood", "bomb", "loop"):
        page = by_path[path]
        assert page.verdict == "could_not_check", path
        assert [f.kind for f in page.findings] == ["could_not_check"], path
    assert by_path["broken"].verdict == "clean"
    # pages nobody saw may be the infected ones: the site is not called clean
    assert report.verdict == "could_not_check"


def test_an_unreachable_start_page_makes_the_site_unreachable_without_crawling_on(raw_server):
    server = raw_server(servers.stall)
    report = crawl(server.url + "/", allow_private=True, timeout=1)
    assert report.verdict == "unreachable"
    assert len(report.pages) == 1 and report.pages[0].findings[0].kind == "could_not_check"
    assert "ไม่ตอบ" in report.pages[0].findings[0].evidence
