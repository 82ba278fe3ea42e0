import io
import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

from pcio.front.backups import FORMAT, SKIP, add_file, table_counts

__all__ = ["FORMAT", "SKIP", "Command"]


class Command(BaseCommand):
    help = "Write every table and every uploaded file to one ZIP file (restore with `restore`)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, file, **options):
        data = io.StringIO()
        call_command("dumpdata", natural_foreign=True, natural_primary=False,
                     exclude=SKIP, stdout=data, indent=None)
        objects = json.loads(data.getvalue())
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", data.getvalue())
            files = self._add_media(archive)
            # written last: it lists the hashes of what was actually written
            archive.writestr("manifest.json", json.dumps(
                self._manifest(objects, files), ensure_ascii=False, indent=1))
        self.stdout.write(f"สำรองข้อมูล {len(objects)} รายการ และไฟล์ {len(files)} ไฟล์ลง {file}")

    def _add_media(self, archive) -> dict:
        media = Path(settings.MEDIA_ROOT)
        paths = sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []
        files = {}
        for path in paths:
            name = "media/" + path.relative_to(media).as_posix()
            files[name] = add_file(archive, path, name)
        return files

    def _manifest(self, objects, files) -> dict:
        return {"format": FORMAT, "created": timezone.now().isoformat(),
                "database": connection.vendor, "tables": table_counts(objects), "files": files}
