"""A large CSV within the limits imports completely on SQLite, in bounded memory: no query
passes SQLite's limit on variables ("too many SQL variables" ended a 50 MB import). One over
the limits is refused by the command line, exit status 1 and nothing written, unless the
limits are raised for it (--limit-scale, --no-limits)."""

import sqlite3
import tracemalloc

import pytest
from django.db import connection

from pcio.lib.importer import open_table
from pcio.lib.testing import exit_code
from pcio.webwatch.models import Site


@pytest.fixture
def old_sqlite(db):
    """SQLite as built before 3.32 (and as Django assumes): 999 variables per statement."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's own limit")
    connection.ensure_connection()
    raw = connection.connection
    before = raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    yield
    raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)


def sites_csv(path, count):
    with open(path, "w", encoding="utf-8") as out:
        out.write("url,agency_code\n")
        out.writelines(f"https://s{n}.nongkhai.go.th/,A\n" for n in range(count))
    return path


def test_1100_sites_import_completely_where_one_query_would_pass_the_limit(
        tmp_path, agency_a, old_sqlite, capsys):
    path = sites_csv(tmp_path / "sites.csv", 1100)
    Site.objects.create(agency=agency_a, url="https://s7.nongkhai.go.th/", max_pages=3)
    assert exit_code("webwatch", "import", path) == 0
    assert "เพิ่ม 1099 แก้ไข 1" in capsys.readouterr().out
    assert Site.objects.count() == 1100


def test_a_file_at_the_row_limit_is_read_one_row_at_a_time(tmp_path, settings):
    path = tmp_path / "wide.csv"
    with open(path, "w", encoding="utf-8") as out:  # 20,000 rows of 14 columns: 3.6 MB
        out.write(",".join(f"c{n}" for n in range(14)) + "\n")
        out.writelines(",".join(f"ค่า{row}-{n}" for n in range(14)) + "\n"
                       for row in range(settings.PCIO_MAX_IMPORT_ROWS))
    tracemalloc.start()
    try:
        with open_table(path, path.name) as table:
            assert sum(1 for _ in table.rows()) == table.total == 20_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_a_file_over_the_row_limit_is_refused_unless_the_limits_are_raised(
        tmp_path, agency_a, settings, capsys):
    settings.PCIO_MAX_IMPORT_ROWS = 100
    path = sites_csv(tmp_path / "sites.csv", 150)
    assert exit_code("webwatch", "import", path) == 1
    assert "ไฟล์มีเกิน 100 แถว (PCIO_MAX_IMPORT_ROWS)" in capsys.readouterr().err
    assert not Site.objects.exists()
    assert exit_code("webwatch", "import", path, "--limit-scale", "2") == 0
    assert Site.objects.count() == 150


def test_a_50_mb_csv_is_refused_unread(tmp_path, agency_a, capsys):
    path = sites_csv(tmp_path / "big.csv", 10)
    with open(path, "a") as out:
        out.write("#" * (50 * 1024 * 1024))
    tracemalloc.start()
    try:
        assert exit_code("webwatch", "import", path) == 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024  # refused by its size, never read into memory
    assert "ไฟล์ใหญ่เกินกำหนด (50.0 MB; สูงสุด 10.0 MB ตาม PCIO_MAX_IMPORT_MB)" in \
        capsys.readouterr().err
    assert not Site.objects.exists()


def test_no_limits_imports_a_file_over_every_limit(tmp_path, agency_a, settings):
    settings.PCIO_MAX_IMPORT_BYTES, settings.PCIO_MAX_IMPORT_ROWS = 1024, 10
    path = sites_csv(tmp_path / "sites.csv", 200)
    assert exit_code("webwatch", "import", path) == 1
    assert exit_code("webwatch", "import", path, "--no-limits") == 0
    assert Site.objects.count() == 200
