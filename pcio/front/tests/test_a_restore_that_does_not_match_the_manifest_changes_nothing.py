"""After loading, a restore compares row counts with the backup's manifest, and before
anything changes, the files in the backup with their SHA-256: a mismatch is an error and the
data stay as they were."""

import io

import pytest
from django.core.management import CommandError, call_command

from pcio.catalog.models import Dataset, Resource
from pcio.front.tests.restoring import edit_json, found


@pytest.fixture
def backup(catalog_demo, tmp_path):
    path = tmp_path / "b.zip"
    call_command("backup", str(path), stdout=io.StringIO())
    Dataset.objects.filter(name="nk-r001").update(title="เปลี่ยนหลังสำรอง")
    return path


def unchanged(client, before):
    assert Dataset.objects.get(name="nk-r001").title == "เปลี่ยนหลังสำรอง"
    assert found(client) == before


def test_a_row_count_that_differs_from_the_manifest_fails_the_restore(backup, client):
    before = found(client)

    def one_more(manifest):
        manifest["tables"]["catalog.Dataset"] += 1
        return manifest

    edit_json(backup, "manifest.json", one_more)
    with pytest.raises(CommandError, match="catalog.Dataset: ไฟล์สำรอง 31 แถว กู้คืนได้ 30"):
        call_command("restore", str(backup), stdout=io.StringIO())
    unchanged(client, before)


def test_a_file_that_differs_from_its_hash_fails_the_restore(backup, client, settings):
    before = found(client)
    upload = Resource.objects.get(dataset__name="nk-r001").upload
    name = f"media/{upload.name}"

    def other_hash(manifest):
        manifest["files"][name] = "0" * 64
        return manifest

    edit_json(backup, "manifest.json", other_hash)
    (settings.MEDIA_ROOT / upload.name).write_bytes(b"changed after the backup")
    with pytest.raises(CommandError, match=f"{name}: SHA-256"):
        call_command("restore", str(backup), stdout=io.StringIO())
    unchanged(client, before)
    assert (settings.MEDIA_ROOT / upload.name).read_bytes() == b"changed after the backup"
