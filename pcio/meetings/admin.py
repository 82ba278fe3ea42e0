from django.contrib import admin

from pcio.meetings.models import (
    ActionItem,
    Committee,
    Correction,
    IssuedDocument,
    Meeting,
    Member,
    MinutesVersion,
)


class MemberInline(admin.TabularInline):
    model = Member
    extra = 1


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "order_ref"]
    inlines = [MemberInline]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["committee", "number", "year", "date", "status"]
    list_filter = ["committee", "status"]
    readonly_fields = ["status", "minutes_circulated"]  # set by sending and certifying


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "due", "status"]
    list_filter = ["status"]
    list_select_related = ["agency"]


@admin.register(MinutesVersion)
class MinutesVersionAdmin(admin.ModelAdmin):
    list_display = ["meeting", "version", "created", "author"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["meeting", "author", "created", "state"]
    list_filter = ["state"]


@admin.register(IssuedDocument)
class IssuedDocumentAdmin(admin.ModelAdmin):
    """Read only: a document once issued is never changed; a revision is issued from the
    meeting's page with a reason."""

    list_display = ["meeting", "doc", "version", "stage", "issued_at", "issued_by"]
    list_filter = ["doc", "stage"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
