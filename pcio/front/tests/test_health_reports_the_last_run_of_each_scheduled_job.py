"""/health/ gives each job of the beat schedule its last success and failure, and answers 503
once one is overdue: its last success (or, never run, the last migrate) older than two of its
intervals and the grace. A fresh install is healthy; the check is one query."""

from datetime import timedelta

from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from pcio.front.models import JobRun


def ran(name, ago, ok=True):
    when = timezone.now() - ago
    return JobRun.objects.create(name=name, started=when, finished=when, ok=ok)


def test_a_fresh_install_is_healthy_with_every_job_never_run(client, db, settings):
    body = client.get("/health/").json()
    assert body["status"] == "ok" and body["overdue"] == []
    assert set(body["jobs"]) == set(settings.CELERY_BEAT_SCHEDULE)
    assert body["jobs"]["catalog-harvest"] == {"every": 86400, "last_success": None,
                                               "last_failure": None, "overdue": False}


def test_it_reports_the_last_success_and_the_last_failure(client, db):
    success = ran("catalog-harvest", timedelta(hours=3))
    ran("catalog-harvest", timedelta(hours=5))
    failure = ran("catalog-harvest", timedelta(hours=1), ok=False)
    response = client.get("/health/")
    job = response.json()["jobs"]["catalog-harvest"]
    assert response.status_code == 200
    assert job["last_success"] == success.finished.isoformat()[:23] + "Z"
    assert job["last_failure"] == failure.finished.isoformat()[:23] + "Z"


def test_a_job_whose_last_success_is_two_intervals_and_the_grace_old_is_overdue(client, db,
                                                                              settings):
    settings.PCIO_JOB_GRACE_MINUTES = 60
    ran("catalog-harvest", timedelta(hours=48, minutes=50))
    assert client.get("/health/").status_code == 200  # one run missed is no alarm yet
    ran("catalog-link-check", timedelta(hours=49, minutes=10))
    ran("catalog-link-check", timedelta(minutes=5), ok=False)  # failing runs do not count
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["overdue"] == ["catalog-link-check"]


def test_a_job_never_run_counts_from_the_last_migrate(client, db, settings):
    MigrationRecorder.Migration.objects.update(applied=timezone.now() - timedelta(minutes=80))
    assert client.get("/health/").status_code == 200  # installed, cron not due yet
    MigrationRecorder.Migration.objects.update(applied=timezone.now() - timedelta(days=3))
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["overdue"] == sorted(settings.CELERY_BEAT_SCHEDULE)


def test_the_check_is_one_query(client, db, django_assert_num_queries):
    ran("webwatch-due-scans", timedelta(minutes=10))
    with django_assert_num_queries(1):
        client.get("/health/")
