from django.contrib import admin

from pcio.compliance.models import Channel, EofficeVolume, Letter, Record


@admin.register(Record)
class RecordAdmin(admin.ModelAdmin):
    list_display = ["agency", "info_announced_on", "cybersafe_enrolled_on", "workd_requested",
                    "eoffice_since"]
    search_fields = ["agency__name_th", "agency__code"]
    raw_id_fields = ["agency"]


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["agency", "kind", "value", "meta_verified", "check_ok", "checked_at"]
    list_filter = ["kind", "check_ok"]
    search_fields = ["agency__name_th", "value"]
    raw_id_fields = ["agency"]


@admin.register(EofficeVolume)
class EofficeVolumeAdmin(admin.ModelAdmin):
    list_display = ["agency", "month", "documents"]
    raw_id_fields = ["agency"]


@admin.register(Letter)
class LetterAdmin(admin.ModelAdmin):
    list_display = ["reference", "dated", "subject", "agenda_item"]
