"""`pcio cron` in its own process, as cron runs it, with one job that fails (a harvest source on
a private address, refused): it exits 1, its log has one JSON error line naming that job and
the source, and the other jobs still ran and succeeded."""

import json
import os
import subprocess
import sys

from pcio.lib.testing import run_pcio, separate_database_url

SEED = """
from pcio.agencies.models import Agency
from pcio.catalog.models import HarvestSource
agency = Agency.objects.create(code="C1", name_th="สำนักงานสถิติจังหวัด", type="central")
HarvestSource.objects.create(url="http://127.0.0.1:9/", organization=agency)
"""
RUNS = """
import json
from pcio.front.models import JobRun
print(json.dumps({run.name: run.ok for run in JobRun.objects.all()}))
"""


def test_cron_logs_one_json_line_for_the_failed_job_and_exits_1(tmp_path, settings):
    env = {**os.environ, "DATABASE_URL": separate_database_url(tmp_path, "failed_job"),
           "PCIO_DATA_DIR": str(tmp_path), "PCIO_LOG_FORMAT": "json", "PCIO_LOG_LEVEL": "INFO",
           "PCIO_CATALOG_HARVEST_ALLOW_PRIVATE": "0", "PCIO_SECRETARIAT_NOTIFY": ""}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set in this process for Playwright only
    run_pcio(env, "migrate", "--noinput")
    run_pcio(env, "shell", "-c", SEED)
    cron = subprocess.run([sys.executable, "-m", "pcio", "cron"], env=env, timeout=300,
                          capture_output=True, text=True)
    assert cron.returncode == 1, cron.stderr[-3000:]
    lines = [json.loads(line) for line in cron.stderr.splitlines() if line.startswith("{")]
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1, errors
    assert errors[0]["job"] == "catalog-harvest"
    assert errors[0]["item"] == "http://127.0.0.1:9/"
    assert "ปฏิเสธที่อยู่ภายใน" in errors[0]["error"]
    runs = json.loads(run_pcio(env, "shell", "-c", RUNS).splitlines()[-1])
    assert runs == {name: name != "catalog-harvest" for name in settings.CELERY_BEAT_SCHEDULE}
