from django.contrib import admin

from pcio.front.models import JobRun


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
