"""Backups made before the manifest listed row counts and file hashes still restore: pcio
warns, checks against the backup's own contents and rebuilds the search index."""

import io
import json
import zipfile

from django.core.management import call_command

from pcio.catalog import search
from pcio.front.tests.restoring import edit_json, found


def test_an_older_backup_restores_with_a_warning(catalog_demo, client, tmp_path):
    before = found(client)
    path = tmp_path / "old.zip"
    call_command("backup", str(path), stdout=io.StringIO())
    edit_json(path, "manifest.json", lambda manifest: {"format": manifest["format"]})
    search.clear()
    out, err = io.StringIO(), io.StringIO()
    call_command("restore", str(path), stdout=out, stderr=err)
    assert "older backup without row counts or file hashes" in err.getvalue()
    assert "1 files match their SHA-256" in out.getvalue()
    assert "restore verified" in out.getvalue()
    assert found(client) == before
    assert json.loads(zipfile.ZipFile(path).read("manifest.json")) == {"format": "pcio-backup-1"}
