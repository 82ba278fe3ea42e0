"""The national path: scan tasks go through Redis to a real Celery worker process.

Everything runs in subprocesses against a database both processes can reach: a file SQLite
database, or a fresh database on the same PostgreSQL server when the tests run on PostgreSQL.
"""

import json
import os
import subprocess
import sys
import time

import pytest

from pcio.lib.testing import empty_redis, run_pcio, separate_database_url
from pcio.webwatch.tests.pages import SPAM, clean, ok

REDIS_DB = 13  # a database number of its own, emptied before and after
SEED = """
from pcio.agencies.models import Agency
from pcio.webwatch.models import Site
agency = Agency.objects.create(code="W1", name_th="เทศบาลตัวอย่าง", type="municipality")
for url in {urls!r}:
    Site.objects.create(agency=agency, url=url, max_pages=5)
"""
RESULTS = """
import json
from pcio.webwatch.models import Scan, Incident
print(json.dumps({"scans": sorted([s.site.url, s.status] for s in
                  Scan.objects.filter(finished_at__isnull=False)),
                  "incidents": Incident.objects.count()}))
"""


@pytest.fixture
def redis_broker():
    with empty_redis(REDIS_DB) as url:
        yield url


def test_due_scans_run_on_a_celery_worker_over_redis(site, tmp_path, redis_broker):
    infected = site({"/": ok(SPAM)})
    healthy = site({"/": ok(clean())})
    env = {**os.environ, "DATABASE_URL": separate_database_url(tmp_path, "celery_worker"),
           "CELERY_BROKER_URL": redis_broker, "PCIO_DATA_DIR": str(tmp_path),
           "PCIO_FETCH_ALLOW_PRIVATE": "1", "PCIO_FETCH_TIMEOUT": "5",
           "PCIO_LOG_LEVEL": "WARNING", "PCIO_SECRETARIAT_NOTIFY": ""}
    run_pcio(env, "migrate", "--noinput")
    run_pcio(env, "shell", "-c", SEED.format(urls=[infected.url + "/", healthy.url + "/"]))
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "pcio", "worker", "--concurrency=2",
         "--loglevel=WARNING", "--without-gossip", "--without-mingle"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert "ส่งตรวจ 2 เว็บไซต์" in run_pcio(env, "webwatch", "run-due")
        results = wait_for_scans(env, worker, count=2)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert results["scans"] == sorted([[infected.url + "/", "infected"],
                                       [healthy.url + "/", "clean"]])
    assert results["incidents"] == 1


def wait_for_scans(env, worker, count, limit=180):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert worker.poll() is None, worker.stderr.read().decode()[-3000:]
        results = json.loads(run_pcio(env, "shell", "-c", RESULTS).strip().splitlines()[-1])
        if len(results["scans"]) >= count:
            return results
        time.sleep(1)
    pytest.fail("the worker did not finish the scans in time")
