"""404, 403, 405, 500 and CSRF failures answer with a page in the site's layout (Thai, or
English when chosen), and with JSON under /api/: never an empty body or Django's bare page."""

import pytest
from django.test import Client

LAYOUT = 'class="topbar"'


def test_a_missing_page_is_a_404_in_the_layout(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert LAYOUT in response.content.decode() and "ไม่พบหน้านี้" in response.content.decode()


def test_the_404_page_is_in_english_when_english_is_chosen(client, db):
    client.cookies["django_language"] = "en"
    assert "Page not found" in client.get("/no-such-page/").content.decode()


def test_a_missing_api_url_is_a_404_in_json(client, db):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response.json() == {"detail": "ไม่พบหน้านี้"}


def test_a_page_refused_by_role_is_a_403_that_says_why(client, officer_a):
    client.force_login(officer_a)
    response = client.get("/agencies/new/")
    assert response.status_code == 403
    body = response.content.decode()
    assert LAYOUT in body and "เฉพาะฝ่ายเลขานุการ" in body


def test_a_post_only_page_opened_with_get_is_a_405_saying_so(client, secretariat):
    client.force_login(secretariat)
    response = client.get("/compliance/remind/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    body = response.content.decode()
    assert LAYOUT in body and "หน้านี้รับเฉพาะ POST ไม่รับ GET" in body


def test_logging_out_with_get_is_a_405_in_english_when_chosen(client, db):
    client.cookies["django_language"] = "en"
    response = client.get("/logout/")
    assert response.status_code == 405
    assert "This page accepts only POST, OPTIONS, not GET" in response.content.decode()


@pytest.mark.urls("pcio.front.tests.failing_urls")
def test_an_empty_405_under_the_api_becomes_json(client, db):
    response = client.get("/api/test/post-only/")
    assert (response.status_code, response["Allow"]) == (405, "POST")
    assert response.json() == {"detail": "หน้านี้รับเฉพาะ POST ไม่รับ GET"}


@pytest.mark.urls("pcio.front.tests.failing_urls")
def test_a_bug_is_a_500_page_in_the_layout(db):
    response = Client(raise_request_exception=False).get("/test/crash/")
    assert response.status_code == 500
    assert LAYOUT in response.content.decode() and "ระบบขัดข้อง" in response.content.decode()


@pytest.mark.urls("pcio.front.tests.failing_urls")
def test_a_bug_under_the_api_is_a_500_in_json(db):
    response = Client(raise_request_exception=False).get("/api/test/crash/")
    assert (response.status_code, response.json()) == (500, {"detail": "ระบบขัดข้อง"})


def test_a_form_posted_without_its_csrf_token_is_a_403_page_saying_to_reload(db):
    response = Client(enforce_csrf_checks=True).post("/login/", {"username": "x"})
    assert response.status_code == 403
    assert LAYOUT in response.content.decode() and "กรุณาโหลดหน้าใหม่" in response.content.decode()
