from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from pcio.lib import derived


class Command(BaseCommand):
    help = ("Recompute what is derived from the data (search index, facets, Thai sort keys) "
            "and run each app's smoke check. `restore` does this after every restore.")

    def handle(self, **options):
        with transaction.atomic():
            rebuilt = derived.rebuild()
        for app, summary in rebuilt:
            self.stdout.write(f"  ✓ {app}: {summary}")
        checks = derived.check()
        for ok, message in checks:
            self.stdout.write(f"  {'✓' if ok else '✗'} {message}")
        if not all(ok for ok, _ in checks):
            raise CommandError("ตรวจข้อมูลที่สร้างใหม่ไม่ผ่าน / a check of the rebuilt data failed")
        self.stdout.write("สร้างข้อมูลที่คำนวณได้ใหม่แล้ว / derived data rebuilt")
