import io
import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

FORMAT = "pcio-backup-1"
# Rebuilt by `migrate`; the backup refers to them by natural key instead.
SKIP = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


class Command(BaseCommand):
    help = "Write every table and every uploaded file to one ZIP file (restore with `restore`)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, file, **options):
        data = io.StringIO()
        call_command("dumpdata", natural_foreign=True, natural_primary=False,
                     exclude=SKIP, stdout=data, indent=None)
        media = Path(settings.MEDIA_ROOT)
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps({"format": FORMAT}))
            archive.writestr("data.json", data.getvalue())
            for path in sorted(media.rglob("*")) if media.exists() else []:
                if path.is_file():
                    archive.write(path, "media/" + path.relative_to(media).as_posix())
        count = len(json.loads(data.getvalue()))
        self.stdout.write(f"สำรองข้อมูล {count} รายการลง {file}")
