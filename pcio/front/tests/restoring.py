"""Helpers of the backup and restore tests: what a search finds, and editing a backup."""

import json
import zipfile

from pcio.catalog import search
from pcio.catalog.models import Dataset

WORD = "ท่องเที่ยว"


def found(client, q=WORD) -> dict:
    """Names of the published datasets a search finds, by the search function and by the
    CKAN API's package_search."""
    ids = search.search(Dataset.objects.published(), q, rows=1000).ids
    api = client.get("/api/3/action/package_search", {"q": q, "rows": 1000}).json()
    return {"search": sorted(Dataset.objects.filter(id__in=ids).values_list("name", flat=True)),
            "package_search": sorted(p["name"] for p in api["result"]["results"])}


def rewrite(path, name, change):
    """Replace one member of a ZIP with change(its bytes)."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def edit_json(path, name, change):
    """Replace a JSON member of a ZIP with change(its value)."""
    rewrite(path, name, lambda data: json.dumps(change(json.loads(data))).encode())
