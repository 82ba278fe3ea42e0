"""Many links at once, a few per server: slow servers cost one time cap, not one per link,
and a server that keeps not answering is given up on for the rest of the run."""

import time

from pcio.catalog import links
from pcio.catalog.tests.conftest import FileServer


def test_slow_servers_are_waited_for_at_the_same_time(file_server):
    others = [FileServer() for _ in range(2)]
    try:
        urls = [s.url(f"/slow.csv?n={n}") for s in [file_server, *others] for n in range(2)]
        started = time.monotonic()
        outcomes = links.check_many(urls, allow_private=True, timeout=1, concurrency=8,
                                    per_host=2)
        assert time.monotonic() - started < 2.5  # one after another would take six seconds
        assert {o.reason for o in outcomes.values()} == {"หมดเวลา"}
    finally:
        for server in others:
            server.close()


def test_a_server_that_stops_answering_is_given_up_on_but_others_are_still_checked(
        file_server):
    working = FileServer()
    try:
        dead = [file_server.url(f"/slow.csv?n={n}") for n in range(12)]
        good = [working.url(f"/good.csv?n={n}") for n in range(12)]
        outcomes = links.check_many(dead + good, allow_private=True, timeout=0.5, per_host=2)
        assert len(file_server.seen) <= links.DOWN_AFTER + 1 < len(dead)
        assert not any(outcomes[url].ok for url in dead)
        assert "หมดเวลา" in outcomes[dead[-1]].reason
        assert all(outcomes[url].ok for url in good)
        assert len(working.seen) == len(good)
    finally:
        working.close()


def test_broken_and_hostile_links_in_one_run_leave_the_others_checked(file_server):
    paths = ["/loop.csv", "/slow.csv", "/no-head.csv", "/gone.csv", "/good.csv"]
    urls = [file_server.url(p) for p in paths] + ["http://no-such-host.invalid/x.csv",
                                                  "ftp://ftp.example.go.th/x.csv"]
    outcomes = links.check_many(urls, allow_private=True, timeout=1)
    assert [outcomes[u].ok for u in urls] == [False, False, True, False, True, False, False]


def test_no_more_than_the_allowed_requests_reach_one_server_at_a_time(file_server):
    busy, most = [], []

    def counting(request):
        busy.append(1)
        most.append(len(busy))
        time.sleep(0.1)
        busy.pop()
        return 200, {}, "ok"

    file_server.site.routes["/count"] = counting
    urls = [file_server.url(f"/count?n={n}") for n in range(10)]
    outcomes = links.check_many(urls, allow_private=True, concurrency=8, per_host=2)
    assert all(o.ok for o in outcomes.values())
    assert max(most) == 2
