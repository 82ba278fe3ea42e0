from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "pcio.meetings"
    label = "meetings"
    verbose_name = "การประชุม / Meetings"
