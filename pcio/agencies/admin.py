from django.contrib import admin

from pcio.agencies.models import Agency, District, Province, Subdistrict, Website


class WebsiteInline(admin.TabularInline):
    model = Website
    extra = 0


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "type", "district", "is_sample"]
    list_filter = ["type", "district", "is_sample"]
    search_fields = ["code", "name_th", "name_en", "short_name"]
    autocomplete_fields = ["parent"]
    inlines = [WebsiteInline]
    list_select_related = ["district"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en"]
    search_fields = ["name_th", "name_en"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "province"]
    list_filter = ["province"]
    search_fields = ["name_th", "name_en"]


@admin.register(Subdistrict)
class SubdistrictAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "district", "postal_codes"]
    search_fields = ["code", "name_th", "name_en", "postal_codes"]
    list_select_related = ["district"]
