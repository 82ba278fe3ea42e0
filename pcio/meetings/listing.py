"""Which action items a list may show to a user: permissions.readable with
ActionItem.is_published() and owner_agency_id written as lookups (a test holds the two
to the same answer, row by row)."""

from django.db.models import Q

from pcio.lib import permissions
from pcio.meetings.models import Status

# An action item is published with its meeting: a draft agenda's assignments are not news yet.
PUBLISHED = ~Q(resolution__item__meeting__status=Status.DRAFT)


def readable_actions(user, queryset):
    return permissions.readable(user, queryset, published=PUBLISHED, owner="agency")
