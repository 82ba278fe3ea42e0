"""An import of more than PCIO_IMPORT_INLINE_ROWS rows runs in the background: the page
answers at once with a progress page (a bar that polls a JSON status, a plain refresh
without JavaScript), which then shows the result, or every bad row with nothing written. A
file over the limits is refused within the request, in the user's language. Only who
imported the file, and the secretariat, see its job."""

import threading
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from pcio.agencies.importing import COLUMNS
from pcio.agencies.models import Agency
from pcio.front.models import ImportJob

pytestmark = pytest.mark.django_db(transaction=True)  # the job runs in a thread of its own


@pytest.fixture
def background(settings, district):
    """Imports of more than 20 rows go to the background; call it to wait for them."""
    settings.PCIO_IMPORT_INLINE_ROWS = 20

    def wait(timeout=120):
        for thread in threading.enumerate():
            if thread.name.startswith("pcio-import-"):
                thread.join(timeout)
                assert not thread.is_alive(), f"{thread.name} did not finish"

    yield wait
    wait()


def agencies(count, bad=None) -> bytes:
    rows = [f"X{n},หน่วยงาน {n},,,{'wrong' if n == bad else 'other'},,43,4301,,,,,,0"
            for n in range(2, count + 2)]  # X<n> is on line n of the file
    return "\n".join([",".join(COLUMNS), *rows, ""]).encode()


def upload(client, data):
    return client.post("/agencies/import/", {"file": SimpleUploadedFile("agencies.csv", data)})


def test_a_large_file_answers_at_once_then_shows_the_result(client, secretariat, background):
    client.force_login(secretariat)
    response = upload(client, agencies(200))
    # The test database is SQLite's shared-cache memory, where a read here while the job
    # writes fails at once ("table is locked"); a real file database waits instead.
    background()
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == f"/imports/{job.pk}/"
    assert (job.filename, job.user, job.rows_total) == ("agencies.csv", secretariat, 200)
    status = client.get(f"/imports/{job.pk}/status/").json()
    assert status["finished"] and status["status"] == "done"
    page = client.get(response.url).content.decode()
    assert "นำเข้าสำเร็จ: เพิ่ม 200" in page and 'href="/agencies/import/"' in page
    assert Agency.objects.count() == 200
    job.refresh_from_db()
    assert not job.file  # the upload is not kept once read


def test_a_job_still_reading_shows_a_bar_that_polls_and_a_refresh(client, secretariat):
    job = ImportJob.objects.create(user=secretariat, filename="big.csv", rows_done=50,
                                   rows_total=200, status=ImportJob.Status.READING)
    client.force_login(secretariat)
    page = client.get(job.get_absolute_url()).content.decode()
    assert '<progress id="import-bar" class="import-bar" max="200" value="50">' in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert f'data-status-url="/imports/{job.pk}/status/"' in page
    assert "/static/pcio/importjob.js" in page
    assert client.get("/static/pcio/importjob.js").status_code == 200
    status = client.get(f"/imports/{job.pk}/status/").json()
    assert status == {"status": "reading", "label": "กำลังอ่านและตรวจ", "rows_done": 50,
                      "rows_total": 200, "percent": 25, "finished": False}


def test_a_bad_row_fails_the_job_and_writes_nothing(client, secretariat, make_agency,
                                                    background):
    make_agency("KEEP")
    client.force_login(secretariat)
    response = upload(client, agencies(200, bad=150))
    background()
    page = client.get(response.url).content.decode()
    assert "นำเข้าไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูล" in page
    assert "แถวที่ 150: ไม่รู้จักประเภทหน่วยงาน &#x27;wrong&#x27;" in page
    assert list(Agency.objects.values_list("code", flat=True)) == ["KEEP"]


def test_a_job_that_runs_too_long_stops_and_writes_nothing(client, secretariat, settings,
                                                           background):
    settings.PCIO_MAX_IMPORT_SECONDS = 0.01  # shorter than any machine takes for 1,000 rows
    client.force_login(secretariat)
    response = upload(client, agencies(1000))
    background()
    page = client.get(response.url).content.decode()
    assert "นำเข้านานเกิน 0.01 วินาที (PCIO_MAX_IMPORT_SECONDS)" in page
    assert not Agency.objects.exists()


def test_a_file_over_the_limits_is_refused_in_the_request_in_thai_or_english(
        client, secretariat, settings, background):
    settings.PCIO_MAX_IMPORT_ROWS = 100
    client.force_login(secretariat)
    response = upload(client, agencies(150))
    assert response.status_code == 400
    assert "ไฟล์มีเกิน 100 แถว (PCIO_MAX_IMPORT_ROWS)" in response.content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = upload(client, agencies(150))
    assert "The file has more than 100 rows (PCIO_MAX_IMPORT_ROWS)" in response.content.decode()
    assert not ImportJob.objects.exists() and not Agency.objects.exists()


def test_only_who_imported_it_and_the_secretariat_see_a_job(client, officer_a, officer_b,
                                                            secretariat):
    job = ImportJob.objects.create(user=officer_a, filename="catalog.xlsx",
                                   status=ImportJob.Status.DONE, result="เพิ่ม 1")
    for user, seen in ((officer_a, 200), (secretariat, 200), (officer_b, 404)):
        client.force_login(user)
        assert client.get(job.get_absolute_url()).status_code == seen
        assert client.get(f"/imports/{job.pk}/status/").status_code == seen
    client.logout()
    assert client.get(job.get_absolute_url()).status_code == 302


def test_a_job_left_by_a_restart_says_it_stopped_and_wrote_nothing(client, secretariat,
                                                                   settings):
    long_ago = timezone.now() - timedelta(seconds=settings.PCIO_MAX_IMPORT_SECONDS + 61)
    job = ImportJob.objects.create(user=secretariat, filename="big.csv", updated_at=long_ago,
                                   status=ImportJob.Status.SAVING)
    client.force_login(secretariat)
    page = client.get(job.get_absolute_url()).content.decode()
    assert "การนำเข้าหยุดไปก่อนเสร็จ ไม่มีการเปลี่ยนแปลงข้อมูล" in page
    assert "<noscript>" not in page and "importjob.js" not in page
    assert client.get(f"/imports/{job.pk}/status/").json()["finished"]


PAGES = {  # every import page: where it is, what else its form asks, its required columns
    "agencies": ("/agencies/import/", {}, "code,name_th,type"),
    "catalog": ("/catalog/import/", {}, None),  # the schema's mandatory fields
    "compliance": ("/compliance/import/", {"kind": "compliance"}, "agency_code"),
    "volumes": ("/compliance/import/", {"kind": "volumes"}, "agency_code,month,documents"),
    "scores": ("/readiness/import/", {}, "year,unit,pillar,score"),
    "questions": ("/readiness/2568/questions/", {}, "code,pillar,kind,text"),
    "assignments": ("/readiness/2568/assign/import/", {}, "question,agency,due"),
    "webwatch": ("/webwatch/import/", {}, "url,agency_code"),
}


@pytest.mark.parametrize("name", PAGES)
def test_every_import_page_sends_a_large_file_to_the_same_background_job(
        name, client, secretariat, background):
    from pcio.catalog import schema
    from pcio.readiness.models import SurveyYear

    SurveyYear.objects.get_or_create(year=2568)  # reference data, unless emptied
    url, fields, header = PAGES[name]
    header = header or ",".join(schema.mandatory())
    rows = "".join(f"{'?,' * header.count(',')}?\n" for _ in range(30))
    data = f"{header}\n{rows}".encode()
    client.force_login(secretariat)
    response = client.post(url, {**fields, "file": SimpleUploadedFile(f"{name}.csv", data)})
    assert response.status_code == 302, response.content.decode()[:2000]
    background()
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED and job.back_url == url
    assert job.problems[0].startswith("แถวที่ 2:"), job.problems  # its own importer read it
