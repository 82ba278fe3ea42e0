"""Politeness at national scale: many local administrations share one hosting server, so
webwatch never sends more than PCIO_WEBWATCH_MAX_PER_ADDRESS requests at once to one server
address, counting every crawl of every worker and process (pcio.lib.leases through the
guarded fetcher's per-address slots; Chromium's requests go through the same client).

Where the count is kept (PCIO_WEBWATCH_SLOTS, "auto" by default): Redis when there is one
(PCIO_REDIS_URL, or the Celery broker when it is Redis), the database when the broker is
another one (RabbitMQ: workers on several machines share only the database), and this
process's memory without a broker (every scan runs in the one process).
"""

from django.conf import settings

from pcio.lib import leases

_stores = {}


def store_kind() -> str:
    kind = str(getattr(settings, "PCIO_WEBWATCH_SLOTS", "auto") or "auto").lower()
    if kind != "auto":
        return kind
    if getattr(settings, "PCIO_REDIS_URL", ""):
        return "redis"
    return "database" if settings.CELERY_BROKER_URL else "process"


def slots() -> leases.Slots | None:
    """The per-address slots for a crawl's client; None when the limit is 0 (off)."""
    limit = int(getattr(settings, "PCIO_WEBWATCH_MAX_PER_ADDRESS", 2))
    if limit <= 0:
        return None
    kind = store_kind()
    url = settings.PCIO_REDIS_URL if kind == "redis" else ""
    if (kind, url) not in _stores:  # one Redis connection pool per process
        _stores[(kind, url)] = leases.store(kind, url)
    return leases.Slots(_stores[(kind, url)], limit)
