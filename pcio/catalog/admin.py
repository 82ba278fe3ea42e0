from django.contrib import admin

from pcio.catalog.models import Dataset, Field, Group, HarvestSource, Resource


class ResourceInline(admin.TabularInline):
    model = Resource
    extra = 0
    fields = ["name", "format", "url", "upload", "position", "link_ok", "link_checked_at",
              "link_reason"]
    readonly_fields = ["link_ok", "link_checked_at", "link_reason"]  # the checker's to write


@admin.register(Dataset)
class DatasetAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "organization", "data_category", "data_classification",
                    "private", "state", "quality_score", "is_sample"]
    list_filter = ["data_type", "data_category", "data_classification", "private", "state",
                   "is_sample"]
    search_fields = ["name", "title"]
    list_select_related = ["organization"]
    readonly_fields = ["uid", "quality_score", "personal_data_found", "due_date",
                       "missing_mandatory", "harvest_source"]
    inlines = [ResourceInline]


@admin.register(Field)
class FieldAdmin(admin.ModelAdmin):
    list_display = ["name", "label_th", "type", "personal", "resource"]
    list_select_related = ["resource"]


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "title"]


@admin.register(HarvestSource)
class HarvestSourceAdmin(admin.ModelAdmin):
    list_display = ["url", "organization", "active", "last_run"]
    readonly_fields = ["last_run", "last_result"]
