from django.contrib import admin

from pcio.webwatch.models import Incident, Scan, Site


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = ["url", "agency", "status", "active", "interval_hours", "last_scan_at"]
    list_filter = ["status", "active", "is_sample"]
    search_fields = ["url", "agency__name_th"]
    raw_id_fields = ["agency", "website"]


@admin.register(Scan)
class ScanAdmin(admin.ModelAdmin):
    list_display = ["site", "started_at", "status", "pages_checked", "infected_pages"]
    list_filter = ["status"]
    raw_id_fields = ["site"]


@admin.register(Incident)
class IncidentAdmin(admin.ModelAdmin):
    list_display = ["pk", "site", "state", "opened_at", "closed_at", "is_sample"]
    list_filter = ["state", "is_sample"]
    raw_id_fields = ["site", "first_scan", "last_scan", "acknowledged_by"]
