from django.apps import AppConfig


class WebwatchConfig(AppConfig):
    name = "pcio.webwatch"
    label = "webwatch"
    verbose_name = "เฝ้าระวังเว็บพนัน / Webwatch"
