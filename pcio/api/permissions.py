"""The API's side of pcio.lib.permissions: the same rule, applied to DRF views."""

from auditlog.context import set_actor
from rest_framework import permissions as drf

from pcio.lib import permissions


class AgencyScoped(drf.BasePermission):
    """Anyone reads what is published; writes follow pcio.lib.permissions.can_edit."""

    def has_permission(self, request, view):
        if request.method in drf.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request, view, obj):
        if request.method in drf.SAFE_METHODS:
            return permissions.can_read(request.user, obj)
        return permissions.can_edit(request.user, obj)


class AuditedViewSetMixin:
    """Token-authenticated writes are recorded in the audit history under the token's user.

    The audit middleware runs before DRF authenticates a token, so it cannot see that user.
    """

    def perform_create(self, serializer):
        with set_actor(self.request.user):
            serializer.save()

    def perform_update(self, serializer):
        with set_actor(self.request.user):
            serializer.save()

    def perform_destroy(self, instance):
        with set_actor(self.request.user):
            instance.delete()
