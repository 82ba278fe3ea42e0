"""The link check on the beat schedule (every PCIO_CATALOG_LINK_CHECK_HOURS), in batches of
datasets, and by hand with `pcio catalog_check_links [--dataset NAME]`."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from pcio.catalog import services, tasks
from pcio.catalog.models import Resource


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True


@pytest.fixture
def three_datasets(make_dataset, file_server):
    datasets = [make_dataset(name=f"d{n}", title=f"สถิติชุดที่ {n}") for n in range(3)]
    for dataset in datasets:
        services.save_resource(dataset, {"url": file_server.url(f"/good.csv?{dataset.name}")})
    return datasets


def test_the_beat_schedule_runs_every_active_dataset_at_the_configured_interval(tmp_path):
    env = dict(os.environ, PCIO_DATA_DIR=str(tmp_path), PCIO_CATALOG_LINK_CHECK_HOURS="6")
    code = ("from pcio import settings as s; import json; "
            "print(json.dumps(s.CELERY_BEAT_SCHEDULE['catalog-link-check']))")
    entry = json.loads(subprocess.check_output([sys.executable, "-c", code], env=env))
    assert entry == {"task": "pcio.catalog.tasks.check_links_all", "schedule": 6 * 3600}


def test_every_active_dataset_is_checked_batch_by_batch(monkeypatch, three_datasets):
    monkeypatch.setattr(tasks, "LINK_BATCH", 2)
    services.delete_dataset(three_datasets[2])
    assert tasks.check_links_all.delay().get() == 1
    checked = dict(Resource.objects.values_list("dataset__name", "link_ok"))
    assert checked == {"d0": True, "d1": True, "d2": None}
    services.save_dataset({**three_datasets[2].metadata(), "private": False},
                          three_datasets[2])
    assert tasks.check_links_all.delay().get() == 2


def test_the_command_checks_one_dataset_by_name(three_datasets, capsys):
    call_command("catalog_check_links", dataset="d1")
    assert "OK " in capsys.readouterr().out
    checked = dict(Resource.objects.values_list("dataset__name", "link_ok"))
    assert checked == {"d0": None, "d1": True, "d2": None}
    call_command("catalog_check_links")
    assert set(Resource.objects.values_list("link_ok", flat=True)) == {True}


def test_the_command_names_a_dataset_it_cannot_find(db):
    with pytest.raises(CommandError, match="ไม่พบชุดข้อมูล"):
        call_command("catalog_check_links", dataset="no-such-dataset")
