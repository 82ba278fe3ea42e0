"""Harvesting: pull the public datasets of an agency's own CKAN / GD Catalog / pcio through its
CKAN Action API, with the guarded fetcher. Each dataset is kept or refused on its own (a bad
one is reported, the others are still taken); datasets gone from the source are deleted.
Each problem is also a failure of the job running the harvest (pcio.lib.jobs)."""

import json
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone

from pcio.catalog import schema, services
from pcio.catalog.models import Dataset
from pcio.lib import jobs
from pcio.lib.fetch import FetchError, fetch

PAGE = 100
MAX_PAGES = 100


@dataclass
class HarvestResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    problems: list = field(default_factory=list)

    def __str__(self):
        text = f"เพิ่ม {self.created} แก้ไข {self.updated} ลบ {self.deleted}"
        return text + (f" ปัญหา {len(self.problems)}: " + "; ".join(self.problems[:10])
                       if self.problems else "")


def call(base, action, params, allow_private=None) -> dict:
    """One CKAN action over HTTP; raises FetchError or ValueError with a Thai message."""
    url = f"{base.rstrip('/')}/api/3/action/{action}?{urlencode(params)}"
    allow = settings.PCIO_CATALOG_HARVEST_ALLOW_PRIVATE if allow_private is None else allow_private
    response = fetch(url, allow_private=allow, headers={"Accept": "application/json"})
    try:
        body = json.loads(response.text)
    except ValueError:
        raise ValueError(f"{url} ไม่ได้ตอบเป็น JSON ของ CKAN") from None
    if response.status != 200 or not body.get("success"):
        raise ValueError(f"{url} ตอบข้อผิดพลาด {response.status}: {body.get('error')}")
    return body["result"]


def remote_packages(base, allow_private=None):
    for page in range(MAX_PAGES):
        result = call(base, "package_search",
                      {"rows": PAGE, "start": page * PAGE, "sort": "name asc"}, allow_private)
        yield from result["results"]
        if (page + 1) * PAGE >= result["count"]:
            return


def to_metadata(package, source) -> dict:
    """A remote CKAN package as our flat GD Catalog dict, owned by the source's agency."""
    data = {name: package[name] for name in schema.fields() if name in package}
    data["owner_org"] = source.organization.code
    data["tag_string"] = [t["name"] for t in package.get("tags", [])] or data.get("tag_string")
    data["groups"] = [g["name"] for g in package.get("groups", [])]
    data["private"] = False
    return data


def run(source, allow_private=None) -> HarvestResult:
    result, seen = HarvestResult(), set()
    services.ensure_groups()
    try:
        for package in remote_packages(source.url, allow_private):
            seen.add(package["name"])
            _take(source, package, result)
    except (FetchError, ValueError) as exc:
        result.problems.append(str(exc))
    else:
        _delete_gone(source, seen, result)
    source.last_run, source.last_result = timezone.now(), str(result)
    source.save(update_fields=["last_run", "last_result"])
    for problem in result.problems:  # a refused source or dataset fails the scheduled job
        jobs.failed(source.url, problem)
    return result


def _take(source, package, result):
    name = package.get("name", "")
    local = Dataset.objects.filter(name=name).first()
    if local and local.harvest_source != source.url:
        result.problems.append(f"{name}: มีชุดข้อมูลชื่อนี้ในระบบอยู่แล้ว (ไม่ได้มาจากแหล่งนี้)")
        return
    try:
        dataset = services.save_dataset(to_metadata(package, source), local,
                                        harvest_source=source.url)
    except services.Invalid as exc:
        result.problems.append(f"{name}: {exc}")
        return
    _links(dataset, package.get("resources", []))
    if local:
        result.updated += 1
    else:
        result.created += 1


def _links(dataset, resources):
    """Harvested resources are links to the source's files; they are replaced each run."""
    for resource in dataset.resources.all():
        resource.delete()
    for item in resources:
        if item.get("url"):
            services.save_resource(dataset, {"name": item.get("name") or item["url"],
                                             "description": item.get("description", ""),
                                             "url": item["url"],
                                             "format": item.get("format", "")})


def _delete_gone(source, seen, result):
    gone = Dataset.objects.active().filter(harvest_source=source.url).exclude(name__in=seen)
    for dataset in gone:
        services.delete_dataset(dataset)
        result.deleted += 1
