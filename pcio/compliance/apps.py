from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "pcio.compliance"
    label = "compliance"
    verbose_name = "ช่องทางอิเล็กทรอนิกส์ / Compliance"
