import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from auditlog.context import disable_auditlog
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from pcio.front import backups
from pcio.front.backups import FORMAT
from pcio.lib import derived, reference

OLD_BACKUP = ("คำเตือน: ไฟล์สำรองรุ่นเก่าไม่มีจำนวนแถวและ SHA-256 ของไฟล์ จึงตรวจเทียบกับข้อมูลใน"
              "ไฟล์สำรองเอง / warning: an older backup without row counts or file hashes; "
              "checked against its own contents")


class Command(BaseCommand):
    help = ("Replace all data with a backup made by `backup`, rebuild what is derived from it "
            "(search index, facets, sort keys) and check the result against the backup's "
            "manifest. Nothing changes if it fails.")

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, file, **options):
        archive, manifest = self._open(file)
        tables, files = self._expected(archive, manifest)
        if problems := backups.archive_problems(archive, files):
            raise failed(problems)  # a damaged backup: found before anything changes
        with tempfile.TemporaryDirectory() as tmp:
            fixture = Path(tmp) / "data.json"
            fixture.write_bytes(archive.read("data.json"))
            with transaction.atomic():
                lines = self._load(fixture, tables)
        self._restore_media(archive, files)
        self.stdout.write(f"กู้คืนข้อมูลจาก {file} แล้ว / restored {file}")
        self.stdout.write("\n".join(lines))
        self._verify_media(files)

    def _open(self, file):
        try:
            archive = zipfile.ZipFile(file)
            manifest = json.loads(archive.read("manifest.json"))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise CommandError(f"ไม่ใช่ไฟล์สำรองข้อมูลของ pcio: {exc}") from exc
        if manifest.get("format") != FORMAT:
            raise CommandError(f"รูปแบบไฟล์สำรองไม่รองรับ: {manifest.get('format')!r}")
        return archive, manifest

    def _expected(self, archive, manifest):
        """Row counts and file hashes to check against: the manifest's, or for a backup
        made before manifests listed them, the backup's own contents."""
        if "tables" in manifest and "files" in manifest:
            return manifest["tables"], manifest["files"]
        self.stderr.write(OLD_BACKUP)
        objects = json.loads(archive.read("data.json"))
        return backups.table_counts(objects), backups.archive_hashes(archive)

    def _load(self, fixture, tables) -> list:
        """Replace the data, check it, rebuild what is derived and smoke-test it; the report
        lines. Raises (rolling everything back) when a check fails."""
        postgres = connection.vendor == "postgresql"
        if postgres:  # TRUNCATE refuses to run while deferred FK checks are pending
            connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
        call_command("flush", interactive=False, verbosity=0)
        if postgres:  # rows may refer to rows later in the file (a meeting to the next one)
            connection.cursor().execute("SET CONSTRAINTS ALL DEFERRED")
        with disable_auditlog():  # restoring is not a change anyone made
            try:
                call_command("loaddata", str(fixture), verbosity=0)
            except Exception as exc:  # any error rolls back; say so rather than a traceback
                raise failed([str(exc).strip()]) from exc
            if problems := backups.count_problems(tables):
                raise failed(problems)
            # A backup from an older pcio lacks reference data shipped since: add what is
            # missing (rows it holds, edited or not, stay as they are).
            reference.load_all()
            rebuilt = derived.rebuild()
        checks = derived.check()
        if bad := [message for ok, message in checks if not ok]:
            raise failed(bad)
        rows = sum(tables.values())
        return ([f"  ✓ จำนวนแถวตรงกับไฟล์สำรอง {len(tables)} ตาราง {rows} แถว"
                 f" / row counts match the backup: {len(tables)} tables, {rows} rows"]
                + [f"  ✓ {app}: {summary}" for app, summary in rebuilt]
                + [f"  ✓ {message}" for ok, message in checks])

    def _restore_media(self, archive, files):
        media = Path(settings.MEDIA_ROOT)
        for name in files:
            target = backups.media_target(media, name)
            if target is None:
                continue  # never write outside the media folder
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(name) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, backups.CHUNK)

    def _verify_media(self, files):
        """After the database is committed a mismatch can no longer be undone: say so."""
        if problems := backups.disk_problems(Path(settings.MEDIA_ROOT), files):
            raise CommandError("ไฟล์ที่กู้คืนไม่ตรงกับไฟล์สำรอง / restored files differ from the "
                               "backup:\n" + "\n".join(f"  - {p}" for p in problems))
        self.stdout.write(f"  ✓ ไฟล์ {len(files)} ไฟล์ตรงกับ SHA-256 ในไฟล์สำรอง"
                          f" / {len(files)} files match their SHA-256 in the backup")
        self.stdout.write("ตรวจผลการกู้คืนผ่าน / restore verified")


def failed(problems) -> CommandError:
    return CommandError("กู้คืนไม่สำเร็จ ไม่มีข้อมูลใดเปลี่ยน / restore failed, nothing was "
                        "changed:\n" + "\n".join(f"  - {p}" for p in problems))
