from datetime import timedelta

from django.utils import timezone

from pcio.lib.thai import thai_datetime
from pcio.webwatch import stale
from pcio.webwatch.models import Scan
from pcio.webwatch.scanning import run_scan
from pcio.webwatch.tests.pages import SPAM


def stopped_scan(site):
    scan = Scan.objects.create(site=site)
    stale.sweep(now=stale.deadline(scan) + timedelta(minutes=1))
    return Scan.objects.get(pk=scan.pk)


def test_the_site_page_shows_that_the_latest_scan_stopped_why_and_when(client, officer_a,
                                                                      watched):
    run_scan(watched)
    scan = stopped_scan(watched)
    client.force_login(officer_a)
    page = client.get(watched.get_absolute_url()).content.decode()
    assert 'id="scan-stopped"' in page and "การตรวจครั้งล่าสุดไม่สำเร็จ" in page
    assert "การตรวจหยุดกลางคัน" in page and "ตรวจไม่สำเร็จ" in page
    stopped_at = timezone.localtime(scan.finished_at)
    assert thai_datetime(stopped_at) in page and str(stopped_at.year + 543) in page


def test_the_scan_page_shows_the_reason_and_buddhist_era_times(client, officer_a, watched):
    scan = stopped_scan(watched)
    client.force_login(officer_a)
    page = client.get(scan.get_absolute_url()).content.decode()
    assert "ตรวจไม่สำเร็จ" in page and "การตรวจหยุดกลางคัน" in page
    assert thai_datetime(timezone.localtime(scan.started_at)) in page
    assert thai_datetime(timezone.localtime(scan.finished_at)) in page


def test_the_problems_of_the_last_whole_scan_stay_on_the_site_page(client, officer_a, watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    stopped_scan(watched)
    client.force_login(officer_a)
    page = client.get(watched.get_absolute_url()).content.decode()
    assert "หน้าที่มีปัญหาในการตรวจล่าสุด" in page and "/news</code>" in page


def test_a_running_scan_shows_as_running_not_as_unchecked(client, officer_a, watched):
    scan = Scan.objects.create(site=watched)
    client.force_login(officer_a)
    assert 'id="scan-running"' in client.get(watched.get_absolute_url()).content.decode()
    page = client.get(scan.get_absolute_url()).content.decode()
    assert "กำลังตรวจ" in page and "ยังไม่ตรวจ" not in page
