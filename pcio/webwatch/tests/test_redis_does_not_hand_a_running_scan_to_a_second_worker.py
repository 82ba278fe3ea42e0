"""With late acknowledgement, Redis hands a task not acknowledged within its visibility
timeout to another worker: a scan longer than that would run twice. The timeout is derived
from the longest scan (the largest page budget at the scan's caps, as the stale-scan sweep
computes its deadline) and set above the scan task's time limit, whatever the caps are."""

import json
import os

from django.conf import settings

from pcio import celery_app
from pcio.lib.testing import run_pcio
from pcio.webwatch import limits, stale
from pcio.webwatch.tasks import scan_site

LIMITS = """
import json
from django.conf import settings
from pcio import celery_app
from pcio.webwatch import limits, stale
from pcio.webwatch.tasks import scan_site
longest = stale.allowance(max(limits.MAX_BUDGET, settings.PCIO_WEBWATCH_MAX_PAGES))
print(json.dumps([celery_app.conf.broker_transport_options["visibility_timeout"],
                  scan_site.time_limit, longest.total_seconds()]))
"""


def test_the_visibility_timeout_is_above_the_scan_time_limit_and_the_longest_deadline():
    longest = stale.allowance(max(limits.MAX_BUDGET, settings.PCIO_WEBWATCH_MAX_PAGES))
    visibility = celery_app.conf.broker_transport_options["visibility_timeout"]
    assert settings.CELERY_TASK_ACKS_LATE and scan_site.acks_late
    assert longest.total_seconds() <= scan_site.time_limit < visibility
    assert scan_site.soft_time_limit < scan_site.time_limit


def test_slower_caps_give_a_longer_time_limit_and_visibility_timeout(tmp_path):
    base = {**os.environ, "PCIO_DATA_DIR": str(tmp_path), "PCIO_LOG_LEVEL": "WARNING"}
    default = json.loads(run_pcio(base, "shell", "-c", LIMITS).splitlines()[-1])
    slow = {**base, "PCIO_FETCH_TIMEOUT": "60", "PCIO_WEBWATCH_PER_HOST": "1"}
    visibility, time_limit, longest = json.loads(
        run_pcio(slow, "shell", "-c", LIMITS).splitlines()[-1])
    assert longest <= time_limit < visibility
    assert visibility > default[0] * 10  # 4 times the fetch time, 1 fetch at a time not 4


def test_the_settings_can_set_them_outright(tmp_path):
    env = {**os.environ, "PCIO_DATA_DIR": str(tmp_path), "PCIO_LOG_LEVEL": "WARNING",
           "PCIO_WEBWATCH_SCAN_STALE_MINUTES": "90", "PCIO_CELERY_VISIBILITY_TIMEOUT": "7200"}
    visibility, time_limit, longest = json.loads(
        run_pcio(env, "shell", "-c", LIMITS).splitlines()[-1])
    assert (visibility, time_limit, longest) == (7200, 5400, 5400)
