"""The sweep has its own beat entry (every PCIO_WEBWATCH_SWEEP_MINUTES), which `pcio cron`
runs too; the due-scans dispatcher also sweeps before it dispatches."""

import json
import os
import subprocess
import sys
from datetime import timedelta

from celery import current_app
from django.utils import timezone

from pcio.webwatch import stale, tasks  # noqa: F401 - registers the tasks, as a worker does
from pcio.webwatch.models import Scan

SETTINGS = ("from pcio import settings as s; import json; print(json.dumps(["
            "s.CELERY_BEAT_SCHEDULE['webwatch-stale-scans'], "
            "s.PCIO_WEBWATCH_SCAN_STALE_MINUTES]))")


def test_the_beat_schedule_sweeps_at_the_configured_interval(tmp_path):
    env = dict(os.environ, PCIO_DATA_DIR=str(tmp_path), PCIO_WEBWATCH_SWEEP_MINUTES="7",
               PCIO_WEBWATCH_SCAN_STALE_MINUTES="90")
    entry, minutes = json.loads(subprocess.check_output([sys.executable, "-c", SETTINGS],
                                                        env=env))
    assert entry == {"task": "pcio.webwatch.tasks.sweep_stale_scans", "schedule": 7 * 60}
    assert minutes == 90


def test_the_scheduled_task_marks_stale_scans_stopped(watched, settings):
    started = timezone.now() - stale.allowance(watched.page_budget()) - timedelta(minutes=1)
    dead = Scan.objects.create(site=watched, started_at=started)
    name = settings.CELERY_BEAT_SCHEDULE["webwatch-stale-scans"]["task"]
    current_app.tasks[name].apply(throw=True)  # as beat or `pcio cron` runs it
    assert Scan.objects.get(pk=dead.pk).stopped
