"""permissions.readable filters a list in SQL by each model's is_published() and owner written
as lookups. Each such pair must give, for every row and every kind of user, the answer
can_read gives for that row: otherwise a list shows what its detail page refuses (or hides
what it shows)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from pcio.catalog import services
from pcio.catalog.models import Dataset
from pcio.catalog.tests.conftest import valid_metadata
from pcio.lib import permissions
from pcio.meetings.listing import readable_actions
from pcio.meetings.models import ActionItem, Committee, Item, Meeting, Resolution

SECRET = {"data_category": "ข้อมูลความมั่นคง", "data_classification": "ลับ", "license_id": "อื่นๆ"}
# model -> how its list pages filter it
LISTS = {
    ActionItem: readable_actions,
    Dataset: lambda user, queryset: queryset.visible_to(user),
}


@pytest.fixture
def users(make_user, agency_a, secretariat, committee_member, officer_a, officer_b):
    return [AnonymousUser(), officer_a, officer_b, make_user("no-agency", "officer"),
            committee_member, secretariat]


@pytest.fixture
def actions(agency_a, agency_b):
    committee = Committee.objects.create(code="pcio", name_th="คณะกรรมการ")
    for number, status in enumerate(("draft", "sent", "held", "approved"), start=1):
        meeting = Meeting.objects.create(committee=committee, number=number, year=2568,
                                         date="2025-07-01", time="09:30", venue="ห้อง",
                                         status=status)
        item = Item.objects.create(meeting=meeting, section=4, title="เรื่อง")
        resolution = Resolution.objects.create(item=item, outcome="assigned")
        for agency in (agency_a, agency_b):
            ActionItem.objects.create(resolution=resolution, agency=agency, title="งาน")


@pytest.fixture
def datasets(agency_a, agency_b):
    services.ensure_groups()
    for name, org, fields in (("a-public", "A", {}), ("a-private", "A", {"private": True}),
                              ("b-private", "B", {"private": True}),
                              ("b-secret", "B", SECRET), ("b-deleted", "B", {})):
        services.save_dataset(valid_metadata(name=name, owner_org=org, **fields))
    Dataset.objects.filter(name="b-deleted").update(state=Dataset.DELETED)


@pytest.mark.usefixtures("actions", "datasets")
@pytest.mark.parametrize("model", LISTS, ids=lambda m: m.__name__)
def test_a_list_holds_exactly_the_rows_can_read_allows(model, users):
    everything = model.objects.all()
    for user in users:
        listed = set(LISTS[model](user, model.objects.all()))
        allowed = {row for row in everything if _readable(user, row)}
        assert listed == allowed, f"{model.__name__} for {permissions.role_of(user)} {user}"


def _readable(user, row):
    if isinstance(row, Dataset) and row.state != Dataset.ACTIVE:
        return False  # a deleted dataset is gone for everyone, as its page says (404)
    return permissions.can_read(user, row)
