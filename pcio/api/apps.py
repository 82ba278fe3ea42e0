from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pcio.api"
    label = "api"
    verbose_name = "API"
