"""Imports through a page, for every app's import page: a small file is imported within the
request, a larger one becomes an ImportJob that runs in the background behind a progress page,
so no request is held for minutes. Both are bounded by pcio.lib.importer's limits and write
all or nothing.

Without CELERY_BROKER_URL a job runs in a thread of the web process (as webwatch's re-check
does); with a broker it goes to a worker, which must see the same MEDIA_ROOT.
"""

import logging
import threading
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from pcio.front.models import ImportJob
from pcio.lib import importer
from pcio.lib.importer import ImportFailed

log = logging.getLogger("pcio.imports")
SHOWN_PROBLEMS = 500  # a job keeps this many bad rows to show; the rest are counted


def submit(request, upload, factory, *args):
    """Import `upload` with `factory(user, *args)`: a class or module-level function, so a
    job can find it again by name; `args` are kept as JSON. Returns the Result of a file of
    up to PCIO_IMPORT_INLINE_ROWS rows, else the ImportJob that imports it. Raises
    ImportFailed, at once, for a file over the limits or without the required columns."""
    made = factory(request.user, *args)
    with importer.open_table(upload, upload.name) as table:
        table.name_columns(made)
        importer.require_columns(made, table.headers)
        total = table.total
    if total <= settings.PCIO_IMPORT_INLINE_ROWS:
        return importer.run_import(made, upload, upload.name)
    return _queue(request, upload, factory, args, total)


def _queue(request, upload, factory, args, total):
    path = f"{factory.__module__}.{factory.__qualname__}"
    assert import_string(path) is factory, f"{path}: a job finds its importer by name"
    job = ImportJob(user=request.user, filename=upload.name[:255], importer=path,
                    args=list(args), back_url=request.get_full_path()[:500],
                    language=translation.get_language() or settings.LANGUAGE_CODE,
                    rows_total=total)
    # A random name on disk: the name the user gave is only shown.
    job.file.save(uuid.uuid4().hex + Path(upload.name).suffix.lower()[:8], upload, save=False)
    job.save()
    start(job)
    return job


def start(job):
    if settings.CELERY_BROKER_URL:
        from pcio.front.tasks import run_import_job

        transaction.on_commit(lambda: run_import_job.delay(job.pk))
    else:
        thread = threading.Thread(target=_thread, args=(job.pk,), daemon=True,
                                  name=f"pcio-import-{job.pk}")
        transaction.on_commit(thread.start)  # the thread must find the committed job


def _thread(job_id):
    try:
        run(job_id)
    finally:
        connections.close_all()  # this thread's own connections, not the request's


def run(job_id):
    """Import the job's file; a job already taken (a task delivered twice) is left alone."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.READING, updated_at=timezone.now())
    if not claimed:
        return
    job = ImportJob.objects.select_related("user").get(pk=job_id)
    with translation.override(job.language):
        try:
            _finish(job, result=str(_import(job)))
        except ImportFailed as exc:
            _finish(job, problems=exc.problems)
        except Exception:  # no request to report to: the log has it, the page says so
            log.exception("import failed", extra={"job": job_id})
            _finish(job, problems=[_("ระบบขัดข้องระหว่างนำเข้า")])
        finally:
            job.file.delete(save=False)


def _import(job):
    made = import_string(job.importer)(job.user, *job.args)
    with job.file.open("rb") as stream:
        return importer.run_import(made, stream, job.filename, progress=Progress(job.pk))


def _finish(job, result="", problems=()):
    shown = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(_("และอีก %(n)s แถว") % {"n": len(problems) - SHOWN_PROBLEMS})
    now = timezone.now()
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.FAILED if problems else ImportJob.Status.DONE, result=result,
        problems=shown, finished_at=now, updated_at=now, file="")


class Progress:
    """Writes how far a job got at most twice a second: the page asks once a second."""

    def __init__(self, job_id):
        self.job_id, self.last = job_id, 0.0

    def __call__(self, stage, done, total):
        now = time.monotonic()
        if stage == ImportJob.Status.READING and now - self.last < 0.5:
            return
        self.last = now
        ImportJob.objects.filter(pk=self.job_id).update(
            status=stage, rows_done=done, rows_total=total, updated_at=timezone.now())
