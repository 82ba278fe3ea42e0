from django.contrib import admin

from pcio.meetings.models import ActionItem, Committee, Meeting, Member, MinutesVersion


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


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "due", "status"]
    list_filter = ["status"]
    list_select_related = ["agency"]


@admin.register(MinutesVersion)
class MinutesVersionAdmin(admin.ModelAdmin):
    list_display = ["meeting", "version", "created", "author"]
