"""Counted leases: at most `limit` holders of one key at a time, across threads, processes
and machines (a distributed semaphore). Each lease expires on its own, so the slot of a
worker killed while holding it comes free after its time-to-live without anyone's help.

Where the count is kept (`store(kind, redis_url)`):
  "redis"     a sorted set per key (lease token → expiry, Redis's own clock), changed by one
              Lua script, so taking a slot is atomic for every worker of the broker;
  "database"  front.Lease rows, one per (key, slot number): the unique pair is the semaphore,
              so it holds on SQLite and PostgreSQL alike without table locks;
  "process"   a dict under a lock: right across the threads of one process only (no broker,
              everything runs in the process).

    slots = Slots(store("redis", url), limit=2)
    async with slots.hold("address:203.0.113.7", deadline=time.monotonic() + 15):
        ...  # one of at most two holders; raises Busy past the deadline
"""

from __future__ import annotations

import asyncio
import math
import random
import secrets
import threading
import time
from contextlib import asynccontextmanager
from datetime import timedelta

AFTER_GIVING_UP = 2.0  # a slot stays taken this long after its request was given up on
GRACE = 5.0  # a lease outlives its holder's own deadline by this much, then frees itself


class Busy(Exception):
    """No slot came free before the deadline."""


class Unavailable(Exception):
    """The store cannot be reached (Redis down): nobody can say whether a slot is free."""


class ProcessStore:
    """Leases in this process's memory, shared by its threads."""

    slow = False

    def __init__(self):
        self.lock, self.held = threading.Lock(), {}

    def take(self, key: str, limit: int, ttl: float) -> str | None:
        now = time.monotonic()
        with self.lock:
            leases = {t: end for t, end in self.held.get(key, {}).items() if end > now}
            if len(leases) >= limit:
                self.held[key] = leases
                return None
            token = secrets.token_hex(8)
            leases[token] = now + ttl
            self.held[key] = leases
            return token

    def release(self, key: str, token: str):
        with self.lock:
            leases = self.held.get(key, {})
            leases.pop(token, None)
            if not leases:
                self.held.pop(key, None)


TAKE_LUA = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], t + tonumber(ARGV[2]), ARGV[3])
local keep = math.ceil(tonumber(ARGV[2])) + 1
if redis.call('TTL', KEYS[1]) < keep then redis.call('EXPIRE', KEYS[1], keep) end
return 1
"""


class RedisStore:
    """Leases in Redis: a sorted set per key, expiry by Redis's clock (workers' clocks may
    disagree), the key itself expiring once its last lease would have."""

    slow = False
    PREFIX = "pcio:leases:"

    def __init__(self, url: str):
        import redis

        self.redis = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self.script = self.redis.register_script(TAKE_LUA)

    def take(self, key: str, limit: int, ttl: float) -> str | None:
        import redis

        token = secrets.token_hex(8)
        try:
            taken = self.script(keys=[self.PREFIX + key], args=[limit, ttl, token])
        except redis.RedisError as exc:
            raise Unavailable(f"Redis: {exc}") from None
        return token if taken else None

    def release(self, key: str, token: str):
        import redis

        try:
            self.redis.zrem(self.PREFIX + key, token)
        except redis.RedisError:  # gone meanwhile: the lease expires on its own
            pass


class DatabaseStore:
    """Leases as front.Lease rows. Slot n of a key is free when it has no row or its row
    has expired; taking it is one conditional UPDATE or one INSERT guarded by the unique
    (key, slot) pair, so two workers can never both get it."""

    slow = True  # run off the event loop: a busy SQLite file makes a writer wait

    def take(self, key: str, limit: int, ttl: float) -> str | None:
        from django.db import DatabaseError

        try:
            return self._take(key, limit, ttl)
        except DatabaseError:  # SQLite busy/locked: no slot this time, the caller retries
            return None

    def _take(self, key, limit, ttl):
        from django.db import IntegrityError, transaction
        from django.utils import timezone

        from pcio.front.models import Lease

        now, token = timezone.now(), secrets.token_hex(8)
        until = now + timedelta(seconds=ttl)
        for slot in range(limit):
            mine = dict(token=token, expires_at=until)
            if Lease.objects.filter(key=key, slot=slot, expires_at__lte=now).update(**mine):
                return f"{slot}:{token}"
            try:
                with transaction.atomic():
                    Lease.objects.create(key=key, slot=slot, **mine)
                return f"{slot}:{token}"
            except IntegrityError:  # someone holds this slot: try the next one
                continue
        return None

    def release(self, key: str, token: str):
        from django.db import DatabaseError

        from pcio.front.models import Lease

        slot, _, mine = token.partition(":")
        give_up = time.monotonic() + GRACE
        while True:
            try:
                Lease.objects.filter(key=key, slot=int(slot), token=mine).delete()
                return
            except DatabaseError:  # locked for a moment; past GRACE, expiry frees the slot
                if time.monotonic() > give_up:
                    return
                time.sleep(random.uniform(0.01, 0.05))  # noqa: S311 - jitter only


_PROCESS = ProcessStore()


def store(kind: str, redis_url: str = ""):
    """The lease store of that kind (one per process for "process")."""
    if kind == "redis":
        return RedisStore(redis_url)
    if kind == "database":
        return DatabaseStore()
    if kind == "process":
        return _PROCESS
    raise ValueError(f"unknown lease store {kind!r}")


class Slots:
    """At most `limit` holders per key; a waiter polls until its deadline (time.monotonic)."""

    def __init__(self, backend, limit: int):
        self.backend, self.limit = backend, max(1, int(limit))

    async def _take(self, key, ttl):
        if self.backend.slow:
            return await asyncio.to_thread(self.backend.take, key, self.limit, ttl)
        return self.backend.take(key, self.limit, ttl)

    async def acquire(self, key: str, deadline: float, seconds: float | None = None) -> str:
        """Wait until `deadline` for a slot held for `seconds` (default: until the deadline),
        after which it frees itself."""
        pause = 0.01
        while True:
            held = seconds if seconds is not None else deadline - time.monotonic()
            ttl = math.ceil(max(0.0, held) + GRACE)
            token = await self._take(key, ttl)
            if token is not None:
                return token
            if time.monotonic() + pause > deadline:
                raise Busy(f"{key}: {self.limit} at once already")
            await asyncio.sleep(pause * random.uniform(0.5, 1.5))  # noqa: S311 - jitter only
            pause = min(pause * 2, 0.2)

    @asynccontextmanager
    async def hold(self, key: str, deadline: float, seconds: float | None = None,
                   taken=None):
        token = await self.acquire(key, deadline, seconds)
        if taken:
            taken()
        gave_up = False
        try:
            yield token
        except (TimeoutError, asyncio.CancelledError):
            # The server may still be working on a request we gave up on: its slot stays
            # taken a little longer (or, if this loop ends first, until the lease expires).
            gave_up = True
            asyncio.get_running_loop().call_later(AFTER_GIVING_UP, self._release, key, token)
            raise
        finally:
            if not gave_up:
                self._release(key, token)

    def _release(self, key, token):
        if self.backend.slow:  # not awaited: a holder being cancelled still lets go
            asyncio.get_running_loop().run_in_executor(None, self.backend.release, key, token)
        else:
            self.backend.release(key, token)
