import threading

import pytest

from pcio.catalog import services
from pcio.lib.testing import Site


def valid_metadata(**overrides):
    data = {
        "data_type": "ข้อมูลสถิติ", "title": "จำนวนนักท่องเที่ยวจังหวัดหนองคาย รายเดือน",
        "name": "nk-tourists", "owner_org": "A", "maintainer": "ฝ่ายสถิติ",
        "maintainer_email": "stat@example.go.th", "tag_string": "ท่องเที่ยว, นักท่องเที่ยว",
        "notes": "จำนวนนักท่องเที่ยวชาวไทยและชาวต่างชาติที่เดินทางมาหนองคาย",
        "objective": ["พันธกิจหน่วยงาน"], "update_frequency_unit": "เดือน",
        "update_frequency_interval": "1", "geo_coverage": "จังหวัด",
        "data_source": "สำนักงานการท่องเที่ยวและกีฬาจังหวัดหนองคาย", "data_format": ["CSV"],
        "data_category": "ข้อมูลสาธารณะ", "data_classification": "เปิดเผย",
        "license_id": "Open Data Common", "last_updated_date": "2025-01-31",
    }
    data.update(overrides)
    return data


@pytest.fixture
def metadata():
    return valid_metadata


@pytest.fixture
def make_dataset(agency_a, agency_b):
    services.ensure_groups()

    def make(**overrides):
        return services.save_dataset(valid_metadata(**overrides))

    return make


@pytest.fixture
def public_dataset(make_dataset):
    return make_dataset()


@pytest.fixture
def secret_dataset(make_dataset):
    return make_dataset(name="nk-border-security", title="ข้อมูลการลาดตระเวนชายแดนหนองคาย",
                        data_category="ข้อมูลความมั่นคง", data_classification="ลับ",
                        license_id="อื่นๆ", tag_string="ชายแดน, ความมั่นคง")


@pytest.fixture
def private_dataset(make_dataset):
    return make_dataset(name="nk-private-draft", title="ร่างข้อมูลสถิติการค้าชายแดน",
                        private=True, tag_string="ค้าชายแดน")


@pytest.fixture(autouse=True)
def _empty_search_index(request):
    """Tests that commit (live server) share the database; the full-text table is no Django
    model, so Django's flush between tests does not empty it."""
    if not {"live_server", "transactional_db"} & set(request.fixturenames):
        return
    request.getfixturevalue("transactional_db")
    from django.db import connection

    table = "catalog_search" if connection.vendor == "postgresql" else "catalog_fts"
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")


@pytest.fixture
def ckan(live_server):
    """A real ckanapi client against the running pcio; ckan(token) signs in."""
    from ckanapi import RemoteCKAN

    from pcio.catalog import segment

    segment.words("อุ่นเครื่อง")  # load PyThaiNLP here, not first inside a server thread

    def client(token=None):
        return RemoteCKAN(live_server.url, apikey=token, user_agent="ckanapi-test")

    return client


CSV = "อำเภอ,จำนวนนักท่องเที่ยว\nเมืองหนองคาย,120000\n".encode()
BIG = b"x" * (8 * 1024 * 1024)  # over the fetcher's default 5 MB cap


class FileServer:
    """A real HTTP server on loopback serving the kinds of link a catalog meets; `seen` lists
    (method, path) of each request, `url(path)` is the address of a path."""

    def __init__(self):
        self.seen, self.release = [], threading.Event()
        self.site = Site({
            "/good.csv": self._log(lambda r: (200, {"Content-Type": "text/csv"}, CSV)),
            "/gone.csv": self._log(lambda r: (404, {}, "ไม่พบไฟล์")),
            "/broken.csv": self._log(lambda r: (500, {}, "error")),
            # an old file server that only knows GET, serving a file over every download cap
            "/no-head.csv": self._log(lambda r: (405, {}, "") if r.command == "HEAD"
                                      else (200, {"Content-Type": "text/csv"}, BIG)),
            "/moved.csv": self._log(lambda r: (301, {"Location": "/good.csv"}, "")),
            "/moved-away.csv": self._log(lambda r: (302, {"Location": "/gone.csv"}, "")),
            "/loop.csv": self._log(lambda r: (302, {"Location": "/loop.csv"}, "")),
            "/slow.csv": self._log(self._slow),
        })

    def _log(self, route):
        def logged(request):
            self.seen.append((request.command, request.path))
            return route(request)
        return logged

    def _slow(self, request):
        self.release.wait(10)  # answers only after the test is over
        return 200, {}, CSV

    def url(self, path):
        return self.site.url + path

    def close(self):
        self.release.set()
        self.site.close()


@pytest.fixture
def file_server():
    server = FileServer()
    yield server
    server.close()
