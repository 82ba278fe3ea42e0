"""In a browser, a large import's progress page follows the job by itself (its script polls
the status and reloads when the job ends) until it shows the result."""

import threading

import pytest

from pcio.agencies.importing import COLUMNS
from pcio.agencies.models import Agency

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_progress_page_shows_the_result_without_a_reload(page, live_server, login,
                                                              secretariat, district, settings):
    settings.PCIO_IMPORT_INLINE_ROWS = 20
    rows = [f"X{n},หน่วยงาน {n},,,other,,43,4301,,,,,,0" for n in range(400)]
    login(secretariat)
    page.goto(f"{live_server.url}/agencies/import/")
    page.set_input_files("input[type=file]", files=[{
        "name": "agencies.csv", "mimeType": "text/csv",
        "buffer": "\n".join([",".join(COLUMNS), *rows]).encode()}])
    page.click("main form button")
    page.wait_for_url("**/imports/*/")
    assert page.locator("#import-bar").count() == 1  # 400 agencies take a while to save
    page.wait_for_selector("text=นำเข้าสำเร็จ: เพิ่ม 400", timeout=90_000)
    assert Agency.objects.count() == 400
    for thread in threading.enumerate():
        if thread.name.startswith("pcio-import-"):
            thread.join(30)
