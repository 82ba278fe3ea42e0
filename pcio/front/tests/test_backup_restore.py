import json
import zipfile

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from pcio.agencies.models import Agency, Website


def _counts():
    return {m._meta.label: m.objects.count() for m in apps.get_models()
            if m._meta.app_label not in ("contenttypes", "sessions", "admin")
            and m._meta.label != "auth.Permission"}


@pytest.fixture
def filled(agency_a, agency_b, officer_a, token_for, settings):
    Website.objects.create(agency=agency_a, url="https://nongkhai.nso.go.th")
    token_for(officer_a)
    settings.MEDIA_ROOT.mkdir(parents=True)
    (settings.MEDIA_ROOT / "evidence.pdf").write_bytes(b"%PDF-1.4 evidence")
    from django.core.management import call_command as run

    run("demo")


def test_backup_and_restore_round_trip_every_table(filled, tmp_path, settings):
    before = _counts()
    names = sorted(Agency.objects.values_list("name_th", flat=True))
    call_command("backup", str(tmp_path / "b.zip"))
    Agency.objects.filter(code="A").update(name_th="เปลี่ยนหลังสำรอง")
    (settings.MEDIA_ROOT / "evidence.pdf").unlink()
    call_command("restore", str(tmp_path / "b.zip"))
    assert _counts() == before
    assert sorted(Agency.objects.values_list("name_th", flat=True)) == names
    assert (settings.MEDIA_ROOT / "evidence.pdf").read_bytes() == b"%PDF-1.4 evidence"


def test_a_broken_backup_changes_nothing(filled, tmp_path):
    before = _counts()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "pcio-backup-1"}))
        archive.writestr("data.json", '[{"model": "agencies.agency", "pk": 1, "fields": {}}]')
    with pytest.raises(Exception):  # noqa: B017 - any loaddata error must roll back
        call_command("restore", str(bad))
    assert _counts() == before


def test_restore_refuses_a_file_that_is_not_a_backup(filled, tmp_path):
    other = tmp_path / "x.zip"
    other.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="ไม่ใช่ไฟล์สำรองข้อมูล"):
        call_command("restore", str(other))


def test_restore_never_writes_outside_the_media_folder(filled, tmp_path, settings):
    call_command("backup", str(tmp_path / "b.zip"))
    with zipfile.ZipFile(tmp_path / "b.zip", "a") as archive:
        archive.writestr("media/../../escaped.txt", "x")
    call_command("restore", str(tmp_path / "b.zip"))
    assert not (settings.MEDIA_ROOT.parent.parent / "escaped.txt").exists()
