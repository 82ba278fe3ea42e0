from django.core.management.base import BaseCommand, CommandError

from pcio.catalog import tasks
from pcio.catalog.models import Dataset


class Command(BaseCommand):
    help = "ตรวจว่าลิงก์ไฟล์ของชุดข้อมูลยังเปิดได้ / Check that linked files still open"

    def add_arguments(self, parser):
        parser.add_argument("--dataset", help="name of one dataset (default: every active one)")

    def handle(self, dataset=None, **options):
        if dataset:
            found = Dataset.objects.active().filter(name=dataset).first()
            if found is None:
                raise CommandError(f"ไม่พบชุดข้อมูล {dataset}")
            batches = [[found.pk]]
        else:
            batches = tasks.link_batches()
        for batch in batches:
            for url, outcome in tasks.check_links(batch).items():
                self.stdout.write(f"{'OK ' if outcome.ok else 'BAD'} {url} {outcome.reason}")
