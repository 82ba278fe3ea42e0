from django.core.management.base import BaseCommand, CommandError

from pcio.catalog import tasks
from pcio.catalog.models import Dataset
from pcio.lib import jobs


class Command(BaseCommand):
    help = ("ตรวจว่าลิงก์ไฟล์ของชุดข้อมูลยังเปิดได้ / Check that linked files still open. "
            "Broken links are findings; exits 1 only when a check could not run.")

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
        with jobs.job("catalog-link-check", record=not dataset):
            for batch in batches:
                with jobs.item(f"link check of datasets {batch[0]}-{batch[-1]}"):
                    self._check(batch)

    def _check(self, batch):
        for url, outcome in tasks.check_links(batch).items():
            self.stdout.write(f"{'OK ' if outcome.ok else 'BAD'} {url} {outcome.reason}")
