"""A worker killed mid-scan (SIGKILL, as by the OOM killer or a hard time limit) has already
stored the pages it checked: they are in the database while the scan hangs, and after the
sweep the stopped scan shows them, with counters that agree, an infected page among them.

The scan runs in a `pcio shell` subprocess against a database both processes reach (a file
SQLite database, or a fresh database on the PostgreSQL server the tests run on); the site is
a loopback server whose fourth page never answers, one request at a time.
"""

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from pcio.lib.testing import Site, run_pcio, separate_database_url
from pcio.webwatch.tests.pages import SPAM, clean, ok

SEED = """
from pcio.agencies.models import Agency
from pcio.webwatch.models import Site
agency = Agency.objects.create(code="W1", name_th="เทศบาลตัวอย่าง", type="municipality")
Site.objects.create(agency=agency, url={url!r}, max_pages=10)
"""
SCAN = """
from pcio.webwatch.models import Site
from pcio.webwatch.scanning import run_scan
run_scan(Site.objects.get())
"""
STATE = """
import json
from datetime import timedelta
from pcio.webwatch import stale
from pcio.webwatch.models import Scan
scan = Scan.objects.get()
swept = stale.sweep(now=stale.deadline(scan) + timedelta(seconds=1)) if {sweep} else 0
scan.refresh_from_db()
print(json.dumps({{
    "swept": swept, "finished": scan.finished_at is not None, "stopped": scan.stopped,
    "error": scan.error, "rows": scan.count_pages(),
    "counters": {{"pages_checked": scan.pages_checked, "infected_pages": scan.infected_pages,
                 "failed_pages": scan.failed_pages, "new_urls": scan.new_urls}},
    "pages": sorted([p.url.rsplit("/", 1)[-1], p.verdict, [f["kind"] for f in p.findings]]
                    for p in scan.pages.all()),
}}))
"""


def state(env, sweep=False) -> dict:
    return json.loads(run_pcio(env, "shell", "-c", STATE.format(sweep=sweep)).splitlines()[-1])


def hanging(reached, release):
    def route(request):
        reached.set()
        release.wait(120)
        return 200, {}, clean()
    return route


def wait_for_pages(env, count, limit=60) -> dict:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        now = state(env)
        if now["rows"]["pages_checked"] >= count:
            return now
        time.sleep(0.5)
    pytest.fail(f"{count} pages were not stored while the scan ran")


@pytest.fixture(scope="module")
def killed(tmp_path_factory):
    """The scan's state while it hangs on the fourth page, and after the kill and the sweep."""
    tmp_path = tmp_path_factory.mktemp("killed")
    reached, release = threading.Event(), threading.Event()
    server = Site({"/": ok(clean("/news", "/about", "/slow")), "/news": ok(SPAM),
                   "/about": ok(clean()), "/slow": hanging(reached, release)})
    env = {**os.environ, "DATABASE_URL": separate_database_url(tmp_path, "killed_scan"),
           "PCIO_DATA_DIR": str(tmp_path),
           "PCIO_FETCH_ALLOW_PRIVATE": "1", "PCIO_FETCH_TIMEOUT": "120",
           "PCIO_WEBWATCH_PER_HOST": "1", "PCIO_LOG_LEVEL": "ERROR",
           "PCIO_SECRETARIAT_NOTIFY": ""}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set in this process for Playwright only
    try:
        run_pcio(env, "migrate", "--noinput")
        run_pcio(env, "shell", "-c", SEED.format(url=server.url + "/"))
        worker = subprocess.Popen([sys.executable, "-m", "pcio", "shell", "-c", SCAN], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert reached.wait(60), "the scan never reached the hanging page"
            running = wait_for_pages(env, 3)
        finally:
            worker.kill()
            worker.wait(30)
        yield {"running": running, "swept": state(env, sweep=True)}
    finally:
        release.set()
        server.close()


def test_pages_checked_before_the_kill_are_stored_while_the_scan_runs(killed):
    running = killed["running"]
    assert not running["finished"]
    assert [[url, verdict] for url, verdict, _ in running["pages"]] == [
        ["", "clean"], ["about", "clean"], ["news", "infected"]]
    assert running["counters"] == running["rows"]


def test_the_sweep_shows_the_stopped_scan_with_its_pages_and_counters_that_agree(killed):
    swept = killed["swept"]
    assert swept["swept"] == 1 and swept["stopped"]
    assert swept["pages"] == killed["running"]["pages"]
    assert swept["counters"] == swept["rows"] == {
        "pages_checked": 3, "infected_pages": 1, "failed_pages": 0, "new_urls": 0}
    assert "3 หน้า" in swept["error"]


def test_the_infected_page_found_before_the_kill_is_kept_as_evidence(killed):
    infected = [kinds for url, verdict, kinds in killed["swept"]["pages"] if url == "news"]
    assert infected and infected[0] and "could_not_check" not in infected[0]
