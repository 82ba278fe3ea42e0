"""Two pcio instances on loopback: this one harvests the other through its CKAN Action API."""

import os
import subprocess
import sys

import pytest

from pcio.catalog import harvest
from pcio.catalog.models import Dataset, HarvestSource


@pytest.fixture(scope="module")
def source_url(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("source")
    env = dict(os.environ, PCIO_DATA_DIR=str(data_dir), PCIO_LOG_LEVEL="WARNING")
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen([sys.executable, "-m", "pcio.catalog.tests.source_server"],
                               stdout=subprocess.PIPE, env=env, text=True)
    try:
        port = process.stdout.readline().strip()
        assert port.isdigit(), "the source pcio did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def source(source_url, agency_a):
    return HarvestSource.objects.create(url=source_url, organization=agency_a)


def test_it_takes_the_published_datasets_with_their_links(source):
    result = harvest.run(source, allow_private=True)
    assert (result.created, result.problems) == (2, [])
    dataset = Dataset.objects.get(name="nk-tourists")
    assert dataset.harvest_source == source.url and dataset.organization.code == "A"
    assert dataset.groups.get().name == "economy"
    assert dataset.resources.get().url == "https://data.example.go.th/t.csv"
    assert not Dataset.objects.filter(name="hidden-draft").exists()


def test_a_second_run_updates_instead_of_duplicating(source):
    harvest.run(source, allow_private=True)
    result = harvest.run(source, allow_private=True)
    assert (result.created, result.updated) == (0, 2)
    assert Dataset.objects.filter(name="nk-tourists").count() == 1


def test_a_local_dataset_with_the_same_name_is_not_overwritten(source, make_dataset):
    make_dataset(title="ชุดข้อมูลของจังหวัดเอง")
    result = harvest.run(source, allow_private=True)
    assert "มีชุดข้อมูลชื่อนี้ในระบบอยู่แล้ว" in result.problems[0]
    assert Dataset.objects.get(name="nk-tourists").title == "ชุดข้อมูลของจังหวัดเอง"


def test_loopback_sources_are_refused_by_default(source):
    result = harvest.run(source)
    assert result.created == 0
    assert "ปฏิเสธที่อยู่ภายใน" in result.problems[0]
    source.refresh_from_db()
    assert "ปฏิเสธที่อยู่ภายใน" in source.last_result
