from django.apps import AppConfig


class FrontConfig(AppConfig):
    name = "pcio.front"
    label = "front"
    verbose_name = "หน้าหลัก / Front"
