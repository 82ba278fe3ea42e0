"""The backup's manifest lists every table's rows, link tables of many-to-many fields and
empty tables included, and the SHA-256 of every uploaded file."""

import hashlib
import io
import json
import zipfile

from django.core.management import call_command
from django.db import connection

from pcio.catalog.models import Dataset, Resource


def test_the_manifest_lists_row_counts_and_file_hashes(catalog_demo, tmp_path, settings):
    call_command("backup", str(tmp_path / "b.zip"), stdout=io.StringIO())
    manifest = json.loads(zipfile.ZipFile(tmp_path / "b.zip").read("manifest.json"))
    tables = manifest["tables"]
    assert tables["catalog.Dataset"] == Dataset.objects.count() == 30
    assert tables["catalog.Dataset_groups"] == Dataset.groups.through.objects.count() > 0
    assert tables["catalog.HarvestSource"] == 0
    assert "auth.Permission" not in tables and "contenttypes.ContentType" not in tables
    upload = Resource.objects.get(dataset__name="nk-r001").upload.name
    digest = hashlib.sha256((settings.MEDIA_ROOT / upload).read_bytes()).hexdigest()
    assert manifest["files"] == {f"media/{upload}": digest}
    assert manifest["database"] == connection.vendor
