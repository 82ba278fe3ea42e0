"""Scheduled work that says when it failed.

A job's run is recorded (front.JobRun), each failure is one structured log line naming the
job, and a run in which anything failed ends with JobFailed: `pcio <command>` exits 1, a
Celery task ends failed, and /health/ (status()) sees the job stop succeeding.

    @shared_task
    @jobs.scheduled("catalog-harvest")   # its name in the beat schedule (settings.every)
    def harvest_all(): ...

    with jobs.job("catalog-harvest"):      # a command doing the same work itself
        for source in sources:
            with jobs.item(source.url):    # an exception fails this item; the run goes on
                harvest.run(source)        # which reports each problem with jobs.failed()

Work started inside a running job (the task `pcio cron` runs, a piece an eager task
dispatches) joins that run instead of recording one of its own.
"""

import functools
import logging
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.core.management.base import CommandError
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import DateTimeField, Max, Q, Value
from django.utils import timezone

log = logging.getLogger("pcio.jobs")
_current = ContextVar("pcio_job", default=None)
NAMED = 5  # failures quoted in the message of a failed run; the log has every one
KEEP_DAYS = 30


class JobFailed(CommandError):
    """The work failed, wholly or in part: a command exits 1 with this message."""


class Run:
    def __init__(self, name):
        self.name, self.done, self.errors = name, 0, []

    def message(self) -> str:
        return (f"{self.name}: ล้มเหลว {len(self.errors)} รายการ สำเร็จ {self.done} รายการ: "
                + "; ".join(self.errors[:NAMED]))


def failed(item, error, trace=False):
    """Report one failed item: one log line, counted by the job running now (if any)."""
    run = _current.get()
    # an unexpected exception: its type says more than its message, its traceback more still
    text = f"{type(error).__name__}: {error}" if trace else str(error)
    log.error("job item failed", exc_info=error if trace else None,
              extra={"job": run.name if run else None, "item": str(item), "error": text})
    if run is not None:
        run.errors.append(f"{item}: {text}")


@contextmanager
def item(label):
    """One item of the running job: an exception fails it and the run goes on. Without a
    running job (a page calling the same code) the exception is the caller's."""
    run = _current.get()
    if run is None:
        yield
        return
    before = len(run.errors)
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop the others
        failed(label, exc, trace=not isinstance(exc, JobFailed))
    if len(run.errors) == before:
        run.done += 1


@contextmanager
def job(name, record=True):
    """Run the work of job `name`. record=False for part of it (one source, one dataset): it
    still logs and fails, but is not the job's run that /health/ reads."""
    if _current.get() is not None:
        yield _current.get()
        return
    run, row = Run(name), _start(name) if record else None
    token = _current.set(run)
    try:
        yield run
    except Exception as exc:
        failed("run", exc, trace=True)
        raise JobFailed(run.message()) from exc
    except BaseException as exc:  # interrupted (Ctrl-C, a time limit): not a success either
        failed("run", repr(exc))
        raise
    finally:
        _current.reset(token)
        if row is not None:
            _finish(row, run)
    if run.errors:
        raise JobFailed(run.message())


def scheduled(name):
    """A task that beat or `pcio cron` runs as the job `name` (its settings.every name)."""
    def decorate(function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            with job(name):
                return function(*args, **kwargs)
        return run
    return decorate


def _start(name):
    from pcio.front.models import JobRun

    return JobRun.objects.create(name=name)


def _finish(row, run):
    from pcio.front.models import JobRun

    row.finished, row.ok, row.done = timezone.now(), not run.errors, run.done
    row.failed, row.error = len(run.errors), "\n".join(run.errors)[:20000]
    row.save(update_fields=["finished", "ok", "done", "failed", "error"])
    JobRun.objects.filter(name=row.name, started__lt=row.started - timedelta(days=KEEP_DAYS)) \
        .delete()


# ---- /health/ ----

def last_runs() -> dict:
    """{job: (last success, last failure)} and, under "", the last migrate (install or
    upgrade): one query, the cheap part of every /health/ request."""
    from pcio.front.models import JobRun

    runs = JobRun.objects.order_by().values("name").annotate(
        success=Max("finished", filter=Q(ok=True)), failure=Max("finished", filter=Q(ok=False)))
    migrated = MigrationRecorder.Migration.objects.values(job=Value("")).annotate(
        success=Max("applied"), failure=Value(None, DateTimeField()))
    rows = runs.union(migrated, all=True)  # named by the first query's columns
    return {row["name"]: (row["success"], row["failure"]) for row in rows}


def overdue(last_success, every, now) -> bool:
    """Late once two intervals and the grace have passed: one missed run is not an alarm."""
    if last_success is None:
        return False
    grace = timedelta(minutes=settings.PCIO_JOB_GRACE_MINUTES)
    return now > last_success + 2 * timedelta(seconds=every) + grace


def status(now=None) -> dict:
    """Each job of the beat schedule: last success, last failure, overdue. A job that never
    succeeded counts from the last migrate, so a fresh install is not unhealthy."""
    now, runs = now or timezone.now(), last_runs()
    migrated = runs.get("", (None, None))[0]
    jobs = {}
    for name, entry in sorted(settings.CELERY_BEAT_SCHEDULE.items()):
        success, failure = runs.get(name, (None, None))
        jobs[name] = {"every": int(entry["schedule"]), "last_success": success,
                      "last_failure": failure,
                      "overdue": overdue(success or migrated, entry["schedule"], now)}
    return jobs
