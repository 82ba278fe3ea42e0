import pytest

from pcio.catalog import services


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
        "license_id": "Open-D", "last_updated_date": "2025-01-31",
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
                        license_id="other-closed", tag_string="ชายแดน, ความมั่นคง")


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
