"""The GD Catalog's groups ship with pcio (no demo needed) and a later release keeps a title a
province changed."""

from pcio.catalog import reference, schema
from pcio.catalog.models import Group


def test_the_migration_loads_every_group_of_the_schema(db):
    assert sorted(Group.objects.values_list("name", "title")) == \
        sorted((g["name"], g["title"]) for g in schema.groups())


def test_a_later_release_keeps_a_title_changed_by_hand(db):
    first, second = Group.objects.order_by("name")[:2]
    Group.objects.filter(pk=first.pk).update(title="ชื่อที่จังหวัดตั้งเอง")
    release = {key: {**values, "title": f"{values['title']} (ปรับปรุง)"}
               for key, values in reference.groups().items()}
    reference.load_groups(data=release)
    assert Group.objects.get(pk=first.pk).title == "ชื่อที่จังหวัดตั้งเอง"
    assert Group.objects.get(pk=second.pk).title == f"{second.title} (ปรับปรุง)"
