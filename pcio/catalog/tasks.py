"""Background work: harvesting each active source (run by Celery beat or cron through
`pcio catalog_harvest`)."""

from celery import shared_task

from pcio.catalog import harvest
from pcio.catalog.models import HarvestSource


@shared_task(acks_late=True, ignore_result=True)
def harvest_source(source_id: int) -> str:
    source = HarvestSource.objects.select_related("organization").filter(pk=source_id).first()
    return str(harvest.run(source)) if source else "gone"


@shared_task(ignore_result=True)
def harvest_all() -> int:
    ids = list(HarvestSource.objects.filter(active=True).values_list("id", flat=True))
    for source_id in ids:
        harvest_source.delay(source_id)
    return len(ids)
