"""How long one scan may run at most, from its caps. Plain Python with no imports from
Django or the crawler: settings.py derives the scan task's time limit and Redis's
visibility timeout from it, and the stale-scan sweep its deadline."""

import math

MAX_SITEMAPS = 20  # sitemaps (and sitemap indexes) one crawl reads
MAX_BUDGET = 10_000  # the most pages a site may be given per scan (the site form's cap)
MARGIN_SECONDS = 600


def scan_seconds(budget: int, *, personas: int, per_host: int, fetch_timeout: float) -> float:
    """Every page is fetched once per persona, plus robots.txt, at most MAX_SITEMAPS
    sitemaps and the soft-404 probe page; per_host fetches run at a time and each one,
    redirects included, is cut off at fetch_timeout. That worst case, half again for the
    detector and the database, plus ten minutes. Waits for a per-address slot are not in
    it (they depend on the other sites of a shared server; PCIO_FETCH_SLOT_WAIT bounds
    each): a scan slowed past this limit stops at it and is recorded as failed."""
    fetches = (max(1, budget) + 1) * personas + 1 + MAX_SITEMAPS
    rounds = math.ceil(fetches / max(1, per_host))
    return rounds * fetch_timeout * 1.5 + MARGIN_SECONDS
