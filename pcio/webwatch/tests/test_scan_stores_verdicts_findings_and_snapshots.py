from pcio.webwatch.models import PageResult, Status
from pcio.webwatch.scanning import run_scan
from pcio.webwatch.tests.pages import SPAM


def test_an_infected_page_is_stored_with_findings_and_a_compressed_snapshot(watched):
    watched.server.page("/news", SPAM)
    scan = run_scan(watched)
    assert scan.status == Status.INFECTED and scan.finished_at
    assert scan.pages_checked == 2 and scan.infected_pages == 1
    page = PageResult.objects.get(scan=scan, url__endswith="/news")
    assert page.verdict == "infected" and page.score >= 0.5
    assert page.http_status == 200
    assert all({"kind", "persona", "evidence"} <= set(f) for f in page.findings)
    snapshot = page.unpacked()["personas"]
    assert set(snapshot) == {"desktop", "phone", "googlebot", "googlebot_smartphone",
                             "google_referrer", "phone_google"}
    assert "สล็อต" in snapshot["desktop"]["text"]
    assert snapshot["phone"]["same_as"] == "desktop"  # identical texts are stored once
    assert len(bytes(page.snapshot)) < len(SPAM.encode())
    watched.refresh_from_db()
    assert watched.status == Status.INFECTED and watched.last_scan_at == scan.finished_at


def test_a_clean_site_is_clean_and_pages_new_since_the_last_scan_are_marked(watched):
    first = run_scan(watched)
    assert first.status == Status.CLEAN and first.new_urls == 0
    watched.server.page("/", '<a href="/news">n</a> <a href="/added">a</a>')
    watched.server.page("/added", "<p>ข่าวใหม่</p>")
    second = run_scan(watched)
    assert list(second.pages.filter(is_new=True).values_list("url", flat=True)) == [
        watched.url + "added"]


def test_an_unreachable_site_is_marked_unreachable(watched):
    watched.server.close()
    scan = run_scan(watched)
    assert scan.status == Status.UNREACHABLE
    assert scan.pages.get().verdict == "could_not_check"


def test_old_scans_keep_their_summary_and_problem_pages_but_drop_clean_pages(watched):
    from pcio.webwatch.scanning import KEEP_SCANS

    watched.server.page("/news", SPAM)
    first = run_scan(watched)
    for _ in range(KEEP_SCANS):
        run_scan(watched)
    first.refresh_from_db()
    assert first.pages_checked == 2
    assert list(first.pages.values_list("verdict", flat=True)) == ["infected"]
    assert watched.scans.first().pages.count() == 2
