"""A request that finished frees its slot at once; one the client gave up on (a timeout, a
stopped crawl) keeps it a moment longer (leases.AFTER_GIVING_UP), since the server may still
be answering it and counts it as a request in progress."""

import asyncio
import time

import pytest

from pcio.lib import leases
from pcio.lib.fetch import run_sync  # a browser test may leave this thread's loop running


def slots():
    return leases.Slots(leases.store("process"), 1)


async def free_now(one, key):
    try:
        await one.acquire(key, time.monotonic() + 0.05)
    except leases.Busy:
        return False
    return True


def test_a_finished_request_frees_its_slot_at_once():
    async def run():
        one = slots()
        async with one.hold("address:a", time.monotonic() + 1, seconds=30):
            pass
        return await free_now(one, "address:a")

    assert run_sync(run)


def test_a_request_given_up_on_keeps_its_slot():
    async def run():
        one = slots()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                async with one.hold("address:b", time.monotonic() + 1, seconds=30):
                    await asyncio.sleep(1)
        return await free_now(one, "address:b")

    assert not run_sync(run)
