import re

from auditlog import admin as auditlog_admin
from auditlog.models import LogEntry
from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from pcio.front.models import JobRun, ProvinceProfile

THAI = re.compile("[\u0e00-\u0e7f]")


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    """What scheduled work did and why it failed; written by pcio.lib.jobs, never by hand."""

    list_display = ["name", "started", "finished", "ok", "done", "failed"]
    list_filter = ["name", "ok"]
    date_hierarchy = "started"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ThaiLogEntryAdmin(auditlog_admin.LogEntryAdmin):
    """auditlog's list says "2 changes: name_th, is_sample" in English with field codes;
    officers read which fields changed by their Thai names."""

    @admin.display(description=_("การเปลี่ยนแปลง"))
    def msg_short(self, obj):
        if obj.action in (LogEntry.Action.DELETE, LogEntry.Action.ACCESS):
            return ""
        # fields still named in English (ids, sort keys) are counted, not listed as codes
        names = [str(n) for n in obj.changes_display_dict if THAI.search(str(n))]
        return _("แก้ไข %(n)s ช่อง: %(names)s") % {
            "n": len(obj.changes_dict), "names": Truncator(", ".join(names) or "-").chars(75)}


admin.site.unregister(LogEntry)
admin.site.register(LogEntry, ThaiLogEntryAdmin)


@admin.register(ProvinceProfile)
class ProvinceProfileAdmin(admin.ModelAdmin):
    """One row; `pcio setup` or the first-run page (/setup/) creates it."""

    list_display = ["name", "province", "secretariat"]
    autocomplete_fields = ["secretariat"]

    def has_add_permission(self, request):
        return not ProvinceProfile.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
