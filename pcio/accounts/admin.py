from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

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


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["user", "name", "created", "last_used"]
    readonly_fields = ["digest", "created", "last_used"]


admin.site.unregister(User)
admin.site.register(User, PcioUserAdmin)
admin.site.site_header = "pcio — ฝ่ายเลขานุการ PCIO"
admin.site.site_title = "pcio"
