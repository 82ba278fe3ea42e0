from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "pcio.readiness"
    label = "readiness"
    verbose_name = "ความพร้อมรัฐบาลดิจิทัล / Readiness"
