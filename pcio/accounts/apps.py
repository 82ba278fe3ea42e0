from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "pcio.accounts"
    label = "accounts"
    verbose_name = _("บัญชีผู้ใช้")

    def ready(self):
        from pcio.accounts import signals  # noqa: F401

        # django-axes names its admin section "Axes" and has no Thai: name it for the admin
        apps.get_app_config("axes").verbose_name = _("การล็อกอินและการล็อกบัญชี")
