"""A worker killed while it holds slots (pcio.lib.leases) does not hold them for ever: each
lease expires after its time-to-live, then the slot is free for the others. Until then the
limit holds. Redis is tested with a real process killed by SIGKILL; the database and the
process store with a holder that never lets go."""

import os
import signal
import subprocess
import sys
import time

import pytest

from pcio.lib import leases
from pcio.lib.testing import empty_redis

REDIS_DB = 11  # a database number of its own, emptied before and after
HOLDER = """
import sys, time
from pcio.lib import leases
store = leases.RedisStore(sys.argv[1])
assert all(store.take("address:192.0.2.1", 2, 2) for _ in range(2))
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def redis_url():
    with empty_redis(REDIS_DB) as url:
        yield url


def free_again(store, limit=2, within=6.0) -> float:
    """Seconds until a slot of the key can be taken again."""
    started = time.monotonic()
    while time.monotonic() - started < within:
        if store.take("address:192.0.2.1", limit, 5):
            return time.monotonic() - started
        time.sleep(0.1)
    pytest.fail("the slot never came free")


def test_a_killed_workers_redis_slots_come_free_after_their_time_to_live(redis_url):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, redis_url],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    store = leases.RedisStore(redis_url)
    assert store.take("address:192.0.2.1", 2, 5) is None  # the limit holds meanwhile
    assert 0.5 < free_again(store) < 3


@pytest.mark.parametrize("kind", ["database", "process"])
def test_an_abandoned_lease_comes_free_after_its_time_to_live(kind, db):
    store = leases.store(kind)
    assert store.take("address:192.0.2.1", 1, 2)  # never released: its holder died
    assert store.take("address:192.0.2.1", 1, 5) is None
    assert 0.5 < free_again(store, limit=1) < 3.5
