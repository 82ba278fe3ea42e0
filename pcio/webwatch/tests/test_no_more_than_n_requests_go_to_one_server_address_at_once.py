"""Many local administrations share one hosting server: however many scans run at once, in
however many threads and processes, webwatch sends at most PCIO_WEBWATCH_MAX_PER_ADDRESS
requests at a time to one server address. The limit is per resolved address, not per host
name or port: sites under several names and ports of 127.0.0.1 count together, 127.0.0.2
apart. The count is kept in this process (threads), or for several worker processes in the
database or in Redis (PCIO_WEBWATCH_SLOTS); each is tested. The servers count the requests
they are answering, so a peak is what a server saw."""

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest

from pcio.lib import leases
from pcio.lib.testing import Site, empty_redis, run_pcio, separate_database_url
from pcio.webwatch.crawl import check_url, crawl
from pcio.webwatch.tests.pages import clean

LIMIT = 2
REDIS_DB = 12  # a database number of its own, emptied before and after
SCANS = (
    "import json\n"
    "from concurrent.futures import ThreadPoolExecutor\n"
    "from pcio.webwatch.tests.test_no_more_than_n_requests_go_to_one_server_address_at_once "
    "import scan\n"
    "with ThreadPoolExecutor(8) as pool:\n"
    "    print(json.dumps([report.verdict for report in pool.map(scan, {urls!r})]))\n"
)


def scan(url):
    return crawl(url, allow_private=True, max_pages=3, personas=["desktop", "phone"],
                 probe=False, timeout=30)


class Server:
    """The requests one address is answering right now, and the most it ever was."""

    def __init__(self):
        self.lock, self.active, self.peak = threading.Lock(), 0, 0

    def slow(self, html, seconds=0.08):
        def answer(request):
            with self.lock:
                self.active += 1
                self.peak = max(self.peak, self.active)
            time.sleep(seconds)
            with self.lock:  # before the body is written: the client cannot be done yet
                self.active -= 1
            return 200, {}, html

        return answer


@pytest.fixture
def shared_hosting():
    """Sites on two addresses: six on 127.0.0.1 (three ports, named localhost or 127.0.0.1)
    and three on 127.0.0.2. Each answers every path slowly with a page linking to two more."""
    servers, counters, urls = [], {}, []
    for address, names in (("127.0.0.1", ("localhost", "127.0.0.1")),
                           ("127.0.0.2", ("127.0.0.2",))):
        counters[address] = Server()
        for _ in range(3):
            server = Site(fallback=counters[address].slow(clean("/a", "/b")), host=address)
            servers.append(server)
            urls += [f"http://{name}:{server.port}/" for name in names]
    yield counters, urls
    for server in servers:
        server.close()


@contextmanager
def watching(counters):
    """A Server whose peak is the most requests all addresses together were answering."""
    overall, done = Server(), threading.Event()

    def watch():
        while not done.is_set():
            overall.peak = max(overall.peak, sum(c.active for c in counters.values()))
            time.sleep(0.002)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield overall
    finally:
        done.set()
        watcher.join()


@pytest.fixture
def in_process(settings):
    leases.store("process").held.clear()  # no slot left taken by an earlier test
    settings.PCIO_WEBWATCH_SLOTS = "process"
    settings.PCIO_WEBWATCH_MAX_PER_ADDRESS = LIMIT


@pytest.fixture
def redis_url():
    with empty_redis(REDIS_DB) as url:
        yield url


@pytest.fixture(params=["database", "redis"])
def shared_store(request, tmp_path):
    """The environment of worker processes sharing a store: a database both can reach (a
    SQLite file, or a fresh PostgreSQL database when the tests run on PostgreSQL) or Redis."""
    env = {**os.environ, "PCIO_DATA_DIR": str(tmp_path), "PCIO_LOG_LEVEL": "WARNING",
           "PCIO_WEBWATCH_SLOTS": request.param, "PCIO_WEBWATCH_MAX_PER_ADDRESS": str(LIMIT),
           "DATABASE_URL": separate_database_url(tmp_path, "slots")}
    if request.param == "redis":
        env["PCIO_REDIS_URL"] = request.getfixturevalue("redis_url")
    else:
        run_pcio(env, "migrate", "--noinput")
    return env


def test_scans_in_many_threads_never_send_more_than_the_limit_to_one_address(
        in_process, shared_hosting):
    counters, urls = shared_hosting
    with watching(counters) as overall, ThreadPoolExecutor(len(urls)) as pool:
        verdicts = [report.verdict for report in pool.map(scan, urls)]
    assert verdicts == ["clean"] * len(urls)
    assert [counters[a].peak for a in ("127.0.0.1", "127.0.0.2")] == [LIMIT, LIMIT]
    assert overall.peak > LIMIT  # both servers were busy at once: the limit is per address


def test_scans_in_several_processes_never_send_more_than_the_limit_to_one_address(
        shared_store, shared_hosting):
    counters, urls = shared_hosting
    command = [sys.executable, "-m", "pcio", "shell", "-c"]
    with watching(counters) as overall:
        workers = [subprocess.Popen([*command, SCANS.format(urls=urls[n::2])],
                                    env=shared_store, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for n in (0, 1)]
        outputs = [worker.communicate(timeout=180) for worker in workers]
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err[-3000:]
        assert set(json.loads(out.strip().splitlines()[-1])) == {"clean"}
    assert [counters[a].peak for a in ("127.0.0.1", "127.0.0.2")] == [LIMIT, LIMIT]
    assert overall.peak > LIMIT


def test_a_wait_for_a_slot_longer_than_the_fetch_timeout_still_checks_the_page(
        in_process, settings):
    """Sites sharing a busy server are checked later, not judged unseen."""
    settings.PCIO_WEBWATCH_MAX_PER_ADDRESS = 1
    counter = Server()
    server = Site(fallback=counter.slow(clean(), seconds=1.5))
    try:
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(check_url, server.url + "/", allow_private=True,
                                personas=["desktop"], timeout=6)
            time.sleep(0.5)  # the first holds the only slot for its requests of 1.5 s each
            second = check_url(server.url + "/", allow_private=True, personas=["desktop"],
                               timeout=2.5)  # its answer fits, its wait and answer do not
            assert first.result().verdict == "clean"
    finally:
        server.close()
    assert second.verdict == "clean" and counter.peak == 1


def test_a_wait_for_a_slot_past_the_slot_wait_is_a_page_not_checked(in_process, settings):
    settings.PCIO_WEBWATCH_MAX_PER_ADDRESS, settings.PCIO_FETCH_SLOT_WAIT = 1, 1
    counter = Server()
    server = Site(fallback=counter.slow(clean(), seconds=3))
    try:
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(check_url, server.url + "/", allow_private=True,
                                personas=["desktop"], timeout=6)
            time.sleep(0.5)  # the first holds the only slot for 3 seconds
            second = check_url(server.url + "/", allow_private=True, personas=["desktop"],
                               timeout=1)
            assert first.result().verdict == "clean"
    finally:
        server.close()
    assert second.verdict == "could_not_check"
    assert "รอคิว" in str(second.findings) and counter.peak == 1


def test_a_scan_fails_rather_than_send_uncounted_requests_when_redis_is_down(site, settings):
    settings.PCIO_WEBWATCH_SLOTS, settings.PCIO_REDIS_URL = "redis", "redis://127.0.0.1:9/0"
    server = site({"/": lambda request: (200, {}, clean())})
    with pytest.raises(leases.Unavailable):
        crawl(server.url + "/", allow_private=True, probe=False)
    assert server.requests == []  # not one request went out uncounted
