"""A search counts facets from Dataset.facet_keys; browsing counts the Facet rows. Both must
give the same numbers, and both must follow every change to a dataset."""

from django.apps import apps
from django.db import connection

from pcio.catalog import search, services
from pcio.catalog.models import Dataset, Facet


def found_facets(q, **kw):
    return search.search(Dataset.objects.active(), q, **kw).facets


def test_search_facets_agree_with_counting_the_facet_rows(make_dataset):
    make_dataset(groups=["economy"], tag_string="ท่องเที่ยว, หนองคาย")
    make_dataset(name="t2", title="รายได้จากการท่องเที่ยว", owner_org="B",
                 tag_string="ท่องเที่ยว, รายได้", groups=["economy", "social"])
    make_dataset(name="t3", title="จำนวนโรงแรมและที่พัก", tag_string="ที่พัก",
                 notes="โรงแรมที่ขึ้นทะเบียน", data_source="สำนักงานจังหวัด")
    matched = search.matching(Dataset.objects.active(), ["ท่องเที่ยว"])
    ids = list(matched.values_list("id", flat=True))
    expected = search.facet_counts(Dataset.objects.filter(id__in=ids))
    assert found_facets("ท่องเที่ยว") == expected
    assert dict(expected["tags"]) == {"ท่องเที่ยว": 2, "หนองคาย": 1, "รายได้": 1}


def test_facet_counts_follow_a_changed_dataset(make_dataset):
    dataset = make_dataset(tag_string="ท่องเที่ยว")
    make_dataset(name="t2", title="รายได้จากการท่องเที่ยว", tag_string="ท่องเที่ยว")
    data = dataset.metadata() | {"owner_org": "B", "tag_string": "ท่องเที่ยว, ที่พัก"}
    services.save_dataset(data, dataset)
    facets = found_facets("ท่องเที่ยว")
    assert dict(facets["organization"]) == {"A": 1, "B": 1}
    assert dict(facets["tags"]) == {"ท่องเที่ยว": 2, "ที่พัก": 1}


def test_the_most_frequent_values_come_first_and_the_list_is_capped(make_dataset):
    for n in range(4):
        tags = ", ".join(["ท่องเที่ยว", *[f"ป้าย{i}" for i in range(n + 1)]])
        make_dataset(name=f"t{n}", title=f"สถิตินักท่องเที่ยว ชุด {n}", tag_string=tags)
    tags = search.search(Dataset.objects.active(), "ท่องเที่ยว").facets["tags"]
    assert tags[:3] == [("ท่องเที่ยว", 4), ("ป้าย0", 4), ("ป้าย1", 3)]
    assert len(search._facets([d.facet_keys for d in Dataset.objects.all()], ["tags"],
                              limit=2)["tags"]) == 2


def test_a_tab_or_new_line_inside_a_value_cannot_make_a_false_facet(make_dataset):
    make_dataset(tag_string="ท่องเที่ยว\torganization\tZZ")
    facets = found_facets("ท่องเที่ยว")
    assert [v for v, _ in facets["organization"]] == ["A"]
    assert Facet.objects.filter(facet="tags", value__contains="\t").count() == 0


def test_the_migration_fills_the_column_from_existing_facet_rows(make_dataset):
    dataset = make_dataset()
    Dataset.objects.update(facet_keys="")
    fill = __import__("pcio.catalog.migrations.0003_dataset_facet_keys",
                      fromlist=["fill"]).fill
    fill(apps, connection.schema_editor())
    dataset.refresh_from_db()
    lines = set(dataset.facet_keys.split("\n"))
    assert lines == {f"{f.facet}\t{f.value}" for f in dataset.facets.all()}
    assert "organization\tA" in lines
