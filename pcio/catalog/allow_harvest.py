"""allow_harvest: whether the national GD Catalog may take a dataset's metadata.

What ckanext-thai_gdc does (checked against its source: ckan_dataset.json, the
scheming/form_snippets/allow_harvest.html form snippet and logic.bulk_update_public):
- the field holds the strings "True" and "False" (label: ยินยอมให้นำชื่อชุดข้อมูลไปใช้ที่
  GD-Catalog);
- its form hides the choice and stores "True" on every public dataset; only a private dataset
  offers it, "False" first; making datasets public in bulk sets it "True" too;
- it is an ordinary indexed field: nothing hides datasets from package_list, package_search or
  current_package_list_with_resources because of it. The national harvester is the one that
  asks, with fq=allow_harvest:True (and include_private with its token for the private ones
  whose owners consented).

So pcio lists every dataset as before and only answers the question the same way: a value the
owner stated wins, and an unstated one is what the extension's form would have stored.
"""

from django.db.models import Q

from pcio.catalog.models import PUBLIC, Dataset

PUBLISHED = Q(state=Dataset.ACTIVE, private=False, data_classification=PUBLIC)


def of(dataset) -> str:
    """"True" or "False" for one dataset (what package_show says)."""
    return dataset.extras.get("allow_harvest") or ("True" if dataset.is_published() else "False")


def matching(value: str) -> Q:
    """The datasets `of` gives `value` for: the filter behind fq=allow_harvest:True."""
    unstated = ~Q(extras__has_key="allow_harvest")
    default = PUBLISHED if value == "True" else ~PUBLISHED
    return Q(extras__allow_harvest=value) | (unstated & default)
