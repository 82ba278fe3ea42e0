from django.core.management.base import BaseCommand, CommandError

from pcio.catalog import harvest
from pcio.catalog.models import HarvestSource
from pcio.lib import jobs


class Command(BaseCommand):
    help = ("ดึงชุดข้อมูลจาก CKAN/GD Catalog ของหน่วยงาน (Harvest) / Harvest catalog sources. "
            "Exits 1 when a source or dataset failed.")

    def add_arguments(self, parser):
        parser.add_argument("--source", help="URL of one source (default: every active one)")

    def handle(self, source=None, **options):
        sources = HarvestSource.objects.select_related("organization").filter(active=True)
        if source:
            sources = sources.filter(url=source)
            if not sources.exists():
                raise CommandError(f"ไม่พบแหล่งนำเข้า {source}")
        # one source is not the scheduled run /health/ reads
        with jobs.job("catalog-harvest", record=not source):
            for item in sources:
                with jobs.item(item.url):
                    self.stdout.write(f"{item.url}: {harvest.run(item)}")
