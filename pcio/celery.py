"""Celery app. Without CELERY_BROKER_URL every task runs in the calling process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pcio.settings")

app = Celery("pcio")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
