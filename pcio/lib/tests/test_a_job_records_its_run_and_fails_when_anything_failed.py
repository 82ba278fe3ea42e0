"""pcio.lib.jobs: a run is recorded with its counts; an item that raises fails alone and the
run goes on; any failure, or a crash, ends the run with JobFailed; work started inside a run
joins it; runs older than KEEP_DAYS are dropped."""

from datetime import timedelta

import pytest
from django.utils import timezone

from pcio.front.models import JobRun
from pcio.lib import jobs


def test_a_run_with_no_failure_is_recorded_as_a_success(db):
    with jobs.job("demo-job") as run:
        for n in range(3):
            with jobs.item(n):
                pass
    assert run.done == 3
    row = JobRun.objects.get()
    assert (row.name, row.ok, row.done, row.failed) == ("demo-job", True, 3, 0)
    assert row.started <= row.finished


def test_an_item_that_raises_fails_alone_and_the_run_fails_with_the_count(db):
    with pytest.raises(jobs.JobFailed) as failed:
        with jobs.job("demo-job"):
            for n in range(3):
                with jobs.item(f"item {n}"):
                    if n == 1:
                        raise OSError("ดิสก์เต็ม")
    assert failed.value.returncode == 1
    assert str(failed.value) == "demo-job: ล้มเหลว 1 รายการ สำเร็จ 2 รายการ: item 1: OSError: ดิสก์เต็ม"
    row = JobRun.objects.get()
    assert (row.ok, row.done, row.failed, row.error) == (False, 2, 1, "item 1: OSError: ดิสก์เต็ม")


def test_a_crash_fails_the_run(db):
    with pytest.raises(jobs.JobFailed) as failed:
        with jobs.job("demo-job"):
            raise KeyError("gone")
    assert isinstance(failed.value.__cause__, KeyError)
    assert JobRun.objects.get().error == "run: KeyError: 'gone'"


def test_a_reported_failure_fails_the_run_without_an_exception(db):
    with pytest.raises(jobs.JobFailed, match="ล้มเหลว 1 รายการ สำเร็จ 0 รายการ: a: refused"):
        with jobs.job("demo-job"):
            with jobs.item("a"):
                jobs.failed("a", "refused")


def test_work_started_inside_a_run_joins_it(db):
    with pytest.raises(jobs.JobFailed):
        with jobs.job("outer-job"):
            with jobs.item("piece"):
                with jobs.job("inner-job"):
                    jobs.failed("piece", "refused")
    assert list(JobRun.objects.values_list("name", "failed")) == [("outer-job", 1)]


def test_part_of_a_job_fails_without_being_recorded(db):
    with pytest.raises(jobs.JobFailed):
        with jobs.job("demo-job", record=False):
            jobs.failed("one source", "refused")
    assert not JobRun.objects.exists()


def test_runs_older_than_the_keep_days_are_dropped(db):
    old = timezone.now() - timedelta(days=jobs.KEEP_DAYS + 1)
    JobRun.objects.create(name="demo-job", started=old, finished=old, ok=True)
    JobRun.objects.create(name="other-job", started=old, finished=old, ok=True)
    with jobs.job("demo-job"):
        pass
    assert sorted(JobRun.objects.values_list("name", flat=True)) == ["demo-job", "other-job"]
