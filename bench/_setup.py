"""Shared by bench scripts: Django set up on a throw-away database.

SQLite by default (a file, WAL, as in production); PostgreSQL when DATABASE_URL is set, on a
separate database `test_<name>` that is created and dropped by the script.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PCIO_DATA_DIR", tempfile.mkdtemp(prefix="pcio-bench-"))
os.environ.setdefault("PCIO_LOG_LEVEL", "WARNING")
os.environ.setdefault("PCIO_LOG_FORMAT", "plain")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pcio.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def database():
    """Create the throw-away database; returns a function that drops it."""
    setup_test_environment()
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = str(
            Path(os.environ["PCIO_DATA_DIR"]) / "bench.sqlite3")
    old = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return lambda: connection.creation.destroy_test_db(old, verbosity=0)


def percentiles(samples_ms):
    ordered = sorted(samples_ms)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms (n={len(ordered)})"


def timed(fn, repeat):
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def machine():
    return f"{os.cpu_count()} cores, {connection.vendor}, Python {sys.version.split()[0]}"
