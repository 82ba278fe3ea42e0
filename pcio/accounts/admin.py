from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pcio.accounts.models import ApiToken, Profile


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    autocomplete_fields = ["agency"]


class PcioUserAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "first_name", "last_name", "email", "role", "is_active"]
    list_select_related = ["profile"]

    @admin.display(description="บทบาท")
    def role(self, user):
        return user.profile.get_role_display() if hasattr(user, "profile") else "-"


class ExpiredFilter(admin.SimpleListFilter):
    title = _("สถานะ")
    parameter_name = "expired"

    def lookups(self, request, model_admin):
        return [("no", _("ใช้ได้")), ("yes", _("หมดอายุแล้ว"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "yes":
            return queryset.filter(expires_at__lte=now)
        if self.value() == "no":
            return queryset.filter(expires_at__gt=now)
        return queryset


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    # The secretariat ends a token early by moving its expiry into the past.
    list_display = ["user", "name", "created", "last_used", "expires_at", "live"]
    list_filter = [ExpiredFilter]
    search_fields = ["user__username", "name"]
    readonly_fields = ["digest", "created", "last_used"]

    @admin.display(description=_("ใช้ได้"), boolean=True)
    def live(self, token):
        return not token.is_expired()


admin.site.unregister(User)
admin.site.register(User, PcioUserAdmin)
admin.site.site_header = "pcio — ฝ่ายเลขานุการ PCIO"
admin.site.site_title = "pcio"
