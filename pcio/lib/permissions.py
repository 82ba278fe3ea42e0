"""Who may read or change what: the one rule every app and the API use.

- secretariat administrators (superusers or role "admin") read and change everything;
- agency officers change only records that belong to their own agency;
- committee members read everything and change nothing;
- everyone, signed in or not, reads what is published.

A record says which agency owns it with `owner_agency_id` (an attribute or a method) and
whether the public may see it with `is_published()`; an Agency owns itself.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

ADMIN, OFFICER, COMMITTEE, PUBLIC = "admin", "officer", "committee", "public"


def role_of(user) -> str:
    if user is None or not user.is_authenticated:
        return PUBLIC
    if user.is_superuser:
        return ADMIN
    profile = getattr(user, "profile", None)
    return profile.role if profile else PUBLIC


def agency_of(user):
    """The id of the agency an officer works for, or None."""
    profile = getattr(user, "profile", None) if user and user.is_authenticated else None
    return profile.agency_id if profile else None


def owner_agency_id(obj):
    owner = getattr(obj, "owner_agency_id", None)
    return owner() if callable(owner) else owner


def is_published(obj) -> bool:
    check = getattr(obj, "is_published", None)
    return check() if callable(check) else True


def can_read(user, obj) -> bool:
    role = role_of(user)
    if role in (ADMIN, COMMITTEE) or is_published(obj):
        return True
    return role == OFFICER and _owns(user, obj)


def readable(user, queryset, *, published, owner=None):
    """The rows of `queryset` this user may read: can_read as one SQL filter, for list pages.

    `published` is the model's is_published() as a Q, `owner` the lookup of its
    owner_agency_id (None when no agency owns the records). A test checks each pair against
    can_read, row by row.
    """
    role = role_of(user)
    if role in (ADMIN, COMMITTEE):
        return queryset
    mine = agency_of(user) if role == OFFICER and owner else None
    return queryset.filter(published | Q(**{owner: mine}) if mine else published)


def can_edit(user, obj) -> bool:
    role = role_of(user)
    if role == ADMIN:
        return True
    return role == OFFICER and _owns(user, obj)


def can_create_for(user, agency_id) -> bool:
    role = role_of(user)
    if role == ADMIN:
        return True
    return role == OFFICER and agency_id is not None and agency_of(user) == agency_id


def is_secretariat(user) -> bool:
    return role_of(user) == ADMIN


def _owns(user, obj) -> bool:
    mine = agency_of(user)
    return mine is not None and owner_agency_id(obj) == mine


def get_for_read(request, queryset, **lookup):
    obj = get_object_or_404(queryset, **lookup)
    if not can_read(request.user, obj):
        raise PermissionDenied(_("ไม่มีสิทธิ์ดูรายการนี้"))
    return obj


def get_for_edit(request, queryset, **lookup):
    obj = get_object_or_404(queryset, **lookup)
    if not can_edit(request.user, obj):
        raise PermissionDenied(_("ไม่มีสิทธิ์แก้ไขรายการนี้"))
    return obj


def require_secretariat(request):
    if not is_secretariat(request.user):
        raise PermissionDenied(_("เฉพาะฝ่ายเลขานุการ"))
