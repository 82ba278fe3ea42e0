import json
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from auditlog.context import disable_auditlog
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from pcio.front.management.commands.backup import FORMAT


class Command(BaseCommand):
    help = "Replace all data with a backup made by `backup`. Nothing changes if it fails."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, file, **options):
        archive = self._open(file)
        with tempfile.TemporaryDirectory() as tmp:
            fixture = Path(tmp) / "data.json"
            fixture.write_bytes(archive.read("data.json"))
            with transaction.atomic():
                if connection.vendor == "postgresql":
                    # TRUNCATE refuses to run while deferred FK checks are pending.
                    connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
                call_command("flush", interactive=False, verbosity=0)
                with disable_auditlog():  # restoring is not a change anyone made
                    call_command("loaddata", str(fixture), verbosity=0)
            self._restore_media(archive)
        self.stdout.write(f"กู้คืนข้อมูลจาก {file} แล้ว")

    def _open(self, file):
        try:
            archive = zipfile.ZipFile(file)
            manifest = json.loads(archive.read("manifest.json"))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise CommandError(f"ไม่ใช่ไฟล์สำรองข้อมูลของ pcio: {exc}") from exc
        if manifest.get("format") != FORMAT:
            raise CommandError(f"รูปแบบไฟล์สำรองไม่รองรับ: {manifest.get('format')!r}")
        return archive

    def _restore_media(self, archive):
        media = Path(settings.MEDIA_ROOT)
        for name in archive.namelist():
            relative = PurePosixPath(name)
            if relative.parts[0] != "media" or ".." in relative.parts or name.endswith("/"):
                continue  # never write outside the media folder
            target = media.joinpath(*relative.parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
