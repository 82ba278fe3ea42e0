from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pcio.accounts"
    label = "accounts"
    verbose_name = "บัญชีผู้ใช้ / Accounts"

    def ready(self):
        from pcio.accounts import signals  # noqa: F401
