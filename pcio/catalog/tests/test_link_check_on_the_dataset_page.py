"""The dataset page shows each link's last check (Buddhist-era date, reason) and gives the
agency that owns the dataset a "check now" button."""

import re

import pytest
from django.test import Client
from django.utils import timezone

from pcio.catalog import services, tasks
from pcio.lib.thai import thai_datetime

PAGE, CHECK = "/catalog/dataset/nk-tourists/", "/catalog/dataset/nk-tourists/check-links/"


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.PCIO_CATALOG_LINK_CHECK_ALLOW_PRIVATE = True


@pytest.fixture
def linked(file_server, public_dataset):
    good = services.save_resource(public_dataset, {"name": "ไฟล์ดี",
                                                   "url": file_server.url("/good.csv")})[0]
    gone = services.save_resource(public_dataset, {"name": "ไฟล์หาย",
                                                   "url": file_server.url("/gone.csv")})[0]
    return good, gone


def test_each_link_shows_whether_it_worked_when_and_why_not(client, linked, public_dataset):
    assert "ยังไม่ได้ตรวจลิงก์" in client.get(PAGE).content.decode()
    tasks.check_links([public_dataset.pk])
    linked[1].refresh_from_db()
    page = client.get(PAGE).content.decode()
    assert "ยังไม่ได้ตรวจลิงก์" not in page
    assert "ลิงก์ใช้ได้" in page and "ลิงก์เปิดไม่ได้" in page and "เซิร์ฟเวอร์ตอบ 404" in page
    when = thai_datetime(timezone.localtime(linked[1].link_checked_at))
    assert str(timezone.localdate().year + 543) in when and when in page


def test_the_owner_checks_now_and_sees_the_result(client, officer_a, linked, file_server):
    client.force_login(officer_a)
    assert "ตรวจลิงก์ตอนนี้" in client.get(PAGE).content.decode()
    response = client.post(CHECK)
    assert response.status_code == 302 and response.url == PAGE
    assert ("HEAD", "/gone.csv") in file_server.seen
    page = client.get(PAGE).content.decode()
    assert "เซิร์ฟเวอร์ตอบ 404" in page and "สั่งตรวจลิงก์แล้ว" in page


def test_an_officer_of_another_agency_may_not_check_and_sees_no_button(client, officer_b,
                                                                       linked, file_server):
    client.force_login(officer_b)
    assert "ตรวจลิงก์ตอนนี้" not in client.get(PAGE).content.decode()
    assert client.post(CHECK).status_code == 403
    assert file_server.seen == []


def test_the_public_is_sent_to_sign_in_and_a_get_checks_nothing(client, officer_a, linked,
                                                                file_server):
    assert "ตรวจลิงก์ตอนนี้" not in client.get(PAGE).content.decode()
    assert "/login" in client.post(CHECK).url
    client.force_login(officer_a)
    assert client.get(CHECK).status_code == 405
    assert file_server.seen == []


def test_the_button_posts_with_a_csrf_token(officer_a, linked, file_server):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(officer_a)
    assert browser.post(CHECK).status_code == 403
    page = browser.get(PAGE).content.decode()
    form = re.search(r'action="/catalog/dataset/nk-tourists/check-links/".*?</form>', page, re.S)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(0)).group(1)
    assert browser.post(CHECK, {"csrfmiddlewaretoken": token}).status_code == 302
    assert ("HEAD", "/good.csv") in file_server.seen
