"""Readiness province page and assignment board for a national view: 76 provinces x 3 years
of pillar scores, plus 5,000 assigned questions with answers in every status.

    .venv/bin/python bench/readiness_pages.py            # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pcio_bench \
        .venv/bin/python bench/readiness_pages.py

Prints p50/p95 per page (in-process Django test client: full middleware, ORM and template
rendering, no network) as wall-clock time and as this process's CPU time (which other work
on a shared machine disturbs less), the machine's load average, and the query count at a
small and at the full size.
"""

import os
import time

from _setup import database, machine, percentiles
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pcio.agencies import demo as agencies_demo
from pcio.readiness import demo, synthetic
from pcio.readiness.models import SurveyYear

REPEAT = 60
PAGES = {
    "province page 2567": "/readiness/p/43/2567/",
    "what-if 2567": "/readiness/p/43/2567/whatif/?pillar=2&delta=5",
    "assignment board 2568": "/readiness/2568/board/",
    "assignment board, filtered": "/readiness/2568/board/?status=submitted&page=3",
}


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def timed(client, url):
    wall, cpu = [], []
    for _ in range(REPEAT):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def main():
    drop = database()
    try:
        agencies_demo.load()
        demo.load()
        years = {y.year: y for y in SurveyYear.objects.all()}
        client = Client()
        admin = get_user_model().objects.create_superuser("bench", password="x")
        client.force_login(admin)
        small = {name: queries(client, url) for name, url in PAGES.items()}
        synthetic.add_provinces(years, 75)
        synthetic.add_assignments(years[2568], 5000)
        print(f"readiness pages: 76 provinces x 3 years, 5,000 assignments; {machine()}")
        for name, url in PAGES.items():
            count = queries(client, url)
            wall, cpu = timed(client, url)
            print(f"  {name:28s} wall {percentiles(wall)}; cpu {percentiles(cpu)}; "
                  f"queries {small[name]} (demo size) -> {count} (full size)")
        print("  load average (1, 5, 15 min): " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
    finally:
        drop()


if __name__ == "__main__":
    main()
