"""One link judged by what a real server on loopback answers (pcio.catalog.links)."""

import time

from pcio.catalog import links


def check(server, path, **options):
    return links.check(server.url(path), allow_private=True, **options)


def test_a_file_that_is_there_is_available_after_one_head_request(file_server):
    assert check(file_server, "/good.csv") == links.Outcome(True)
    assert file_server.seen == [("HEAD", "/good.csv")]


def test_a_missing_file_is_unavailable_with_the_servers_status_as_the_reason(file_server):
    outcome = check(file_server, "/gone.csv")
    assert (outcome.ok, outcome.reason) == (False, "เซิร์ฟเวอร์ตอบ 404")
    assert check(file_server, "/broken.csv").reason == "เซิร์ฟเวอร์ตอบ 500"


def test_a_server_refusing_head_gets_a_get_that_stops_before_the_whole_file(file_server):
    # the file is over the fetcher's 5 MB cap: it counts as there, it is not downloaded
    assert check(file_server, "/no-head.csv") == links.Outcome(True)
    assert file_server.seen == [("HEAD", "/no-head.csv"), ("GET", "/no-head.csv")]


def test_a_redirect_is_followed_to_the_file_it_points_at(file_server):
    assert check(file_server, "/moved.csv").ok
    assert file_server.seen == [("HEAD", "/moved.csv"), ("HEAD", "/good.csv")]
    assert check(file_server, "/moved-away.csv").reason == "เซิร์ฟเวอร์ตอบ 404"


def test_a_redirect_loop_is_unavailable_after_the_allowed_hops(file_server):
    assert check(file_server, "/loop.csv").reason == "เปลี่ยนเส้นทางมากเกินไป"
    assert len(file_server.seen) == 6  # the first request and five redirects


def test_a_server_slower_than_the_time_cap_is_unavailable_because_it_timed_out(file_server):
    started = time.monotonic()
    outcome = check(file_server, "/slow.csv", timeout=0.5)
    assert (outcome.ok, outcome.reason) == (False, "หมดเวลา")
    assert time.monotonic() - started < 3


def test_a_host_that_does_not_exist_is_unavailable_because_its_name_is_unknown():
    outcome = links.check("http://no-such-host.invalid/data.csv", allow_private=True, timeout=5)
    assert (outcome.ok, outcome.reason) == (False, "ไม่พบชื่อโดเมน")


def test_a_link_that_is_not_http_is_unavailable():
    assert not links.check("ftp://ftp.example.go.th/data.csv").ok
