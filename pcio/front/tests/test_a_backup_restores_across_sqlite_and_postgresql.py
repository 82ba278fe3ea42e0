"""A backup moves between databases: taken here, restored into a fresh data folder on the
other database (PostgreSQL when the tests run on SQLite, SQLite when they run on
PostgreSQL), backed up there and restored into a fresh one of this kind again. Each restore
runs in another process, as on a new server, and searches like the original afterwards."""

import io
import json
import os

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from pcio.catalog import search
from pcio.catalog.models import Dataset, Resource
from pcio.front.tests.restoring import found
from pcio.lib.testing import run_pcio, separate_database_url

# The server for the PostgreSQL side when the tests run on SQLite (CI's, by default).
POSTGRES = os.environ.get("PCIO_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")
REPORT = """
import json
from django.test import Client
from pcio.catalog import search
from pcio.catalog.models import Dataset
from pcio.front.tests.restoring import found
print(json.dumps({"found": found(Client(HTTP_HOST="127.0.0.1")), "indexed": search.indexed(),
                  "datasets": Dataset.objects.count()}))
"""


def postgres_server() -> str:
    try:
        psycopg.connect(POSTGRES.rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
    except psycopg.OperationalError:
        if os.environ.get("PCIO_REQUIRE_SERVICES"):
            pytest.fail(f"PostgreSQL at {POSTGRES} is required (PCIO_REQUIRE_SERVICES is set)")
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES}")
    return POSTGRES


def drop(url):
    if url.startswith("postgres"):
        base, name = url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def databases(tmp_path):
    """(a fresh database of the other kind, a fresh one of this run's kind)."""
    name = f"restore_{os.getpid()}"  # two runs at once each have their own
    if connection.vendor == "postgresql":
        other = f"sqlite:///{tmp_path / name}.sqlite3"
    else:
        other = separate_database_url(tmp_path, name, url=postgres_server())
    urls = (other, separate_database_url(tmp_path, f"{name}_back"))
    yield urls
    for url in urls:
        drop(url)


def restore_into(url, folder, backup):
    """Restore into a fresh data folder and database; (environment, what it then finds)."""
    env = {**os.environ, "DATABASE_URL": url, "PCIO_DATA_DIR": str(folder),
           "PCIO_LOG_LEVEL": "WARNING"}
    run_pcio(env, "migrate", "--noinput")
    out = run_pcio(env, "restore", str(backup))
    assert "1 files match their SHA-256" in out and "restore verified" in out, out
    return env, json.loads(run_pcio(env, "shell", "-c", REPORT).strip().splitlines()[-1])


def test_a_backup_restores_on_the_other_database_and_back(catalog_demo, client, tmp_path,
                                                          settings, databases):
    here = {"found": found(client), "indexed": search.indexed(),
            "datasets": Dataset.objects.count()}
    assert here["found"]["search"] and here["indexed"] == 30
    call_command("backup", str(tmp_path / "here.zip"), stdout=io.StringIO())

    env, there = restore_into(databases[0], tmp_path / "there", tmp_path / "here.zip")
    assert there == here
    run_pcio(env, "backup", str(tmp_path / "there.zip"))
    _, back = restore_into(databases[1], tmp_path / "back", tmp_path / "there.zip")
    assert back == here

    upload = Resource.objects.get(dataset__name="nk-r001").upload.name
    original = (settings.MEDIA_ROOT / upload).read_bytes()
    assert (tmp_path / "back" / "media" / upload).read_bytes() == original
