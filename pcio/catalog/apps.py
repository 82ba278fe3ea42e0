from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "pcio.catalog"
    label = "catalog"
    verbose_name = "บัญชีข้อมูล / Data catalog"
