"""Background work: harvesting each active source and checking linked files (run by Celery
beat or cron through `pcio catalog_harvest` and `pcio catalog_check_links`)."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from pcio.catalog import harvest, links, services
from pcio.catalog.models import Dataset, HarvestSource, Resource
from pcio.lib import jobs

LINK_BATCH = 100  # datasets per task: a worker ends one in minutes and beat spreads the rest


@shared_task(acks_late=True, ignore_result=True)
def harvest_source(source_id: int) -> str:
    source = HarvestSource.objects.select_related("organization").filter(pk=source_id).first()
    with jobs.job("catalog-harvest", record=False):  # on a worker: fails the task, logs
        return str(harvest.run(source)) if source else "gone"


@shared_task(ignore_result=True)
@jobs.scheduled("catalog-harvest")
def harvest_all() -> int:
    ids = list(HarvestSource.objects.filter(active=True).values_list("id", flat=True))
    for source_id in ids:
        with jobs.item(f"harvest source {source_id}"):
            harvest_source.delay(source_id)
    return len(ids)


def linked_resources(dataset_ids=None):
    """Resources of active datasets that point at a file elsewhere (uploads need no check)."""
    found = Resource.objects.filter(dataset__state=Dataset.ACTIVE, upload="").exclude(url="")
    return found if dataset_ids is None else found.filter(dataset_id__in=dataset_ids)


def check_links(dataset_ids) -> dict:
    """Check the linked files of these datasets, record each outcome on its resources and
    recompute the datasets' quality. Returns {url: links.Outcome}."""
    linked = linked_resources(dataset_ids)
    pairs = set(linked.values_list("dataset_id", "url"))
    outcomes = links.check_many(
        sorted({url for _, url in pairs}),
        allow_private=settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE,
        concurrency=settings.PCIO_CATALOG_LINK_CHECK_CONCURRENCY,
        per_host=settings.PCIO_CATALOG_LINK_CHECK_PER_HOST)
    now = timezone.now()
    for url, outcome in outcomes.items():
        # by URL: a link changed while it was being checked keeps its own (blank) result
        linked.filter(url=url).update(link_ok=outcome.ok, link_reason=outcome.reason[:200],
                                      link_checked_at=now)
    for dataset in Dataset.objects.filter(pk__in={pk for pk, _ in pairs}):
        services.refresh(dataset)
    return outcomes


@shared_task(acks_late=True, ignore_result=True)
def check_links_batch(dataset_ids) -> int:
    with jobs.job("catalog-link-check", record=False):
        return len(check_links(dataset_ids))


def link_batches() -> list:
    ids = sorted(set(linked_resources().values_list("dataset_id", flat=True)))
    return [ids[start:start + LINK_BATCH] for start in range(0, len(ids), LINK_BATCH)]


@shared_task(ignore_result=True)
@jobs.scheduled("catalog-link-check")
def check_links_all() -> int:
    batches = link_batches()
    for batch in batches:
        with jobs.item(f"link check of datasets {batch[0]}-{batch[-1]}"):
            check_links_batch.delay(batch)
    return len(batches)
