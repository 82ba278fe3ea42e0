"""Run the periodic work that is due, for installations without Celery beat.

A single office runs `pcio cron` every few minutes (cron or a systemd timer); it runs each
entry of CELERY_BEAT_SCHEDULE whose interval has passed since its last run, in-process, and
exits 1 when any of them failed (each run is recorded for /health/, pcio.lib.jobs).
A national deployment runs `celery -A pcio beat` instead, with the same schedule.
"""

import json
import time

from celery import current_app
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pcio.lib import jobs


class Command(BaseCommand):
    help = "Run each scheduled job whose interval has passed (instead of Celery beat)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="run every job now")

    def handle(self, all, **options):
        state_file = settings.DATA_DIR / "cron-state.json"
        state = json.loads(state_file.read_text()) if state_file.exists() else {}
        failed = []
        for name, entry in sorted(settings.CELERY_BEAT_SCHEDULE.items()):
            if all or time.time() - state.get(name, 0) >= float(entry["schedule"]):
                if not self._run(name, entry["task"]):
                    failed.append(name)
                state[name] = time.time()
                state_file.write_text(json.dumps(state))
        if failed:  # after the others ran: one failing job must not stop them
            raise CommandError(f"งานที่ล้มเหลว {len(failed)} งาน: {', '.join(failed)}")

    def _run(self, name, task_name) -> bool:
        self.stdout.write(f"{name}: {task_name}")
        try:
            with jobs.job(name):  # the task's own job() joins this run
                current_app.tasks[task_name].apply(throw=True)
        except jobs.JobFailed as exc:
            self.stderr.write(f"{name} ล้มเหลว: {exc}")
            return False
        return True
