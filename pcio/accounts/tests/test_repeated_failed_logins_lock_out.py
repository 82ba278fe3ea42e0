"""Brute-force protection: too many wrong passwords for one username from one address lock
that pair out for a cool-off (django-axes, counted in the database)."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.utils import timezone


def test_wrong_passwords_below_the_limit_only_say_the_password_is_wrong(try_login, officer_a,
                                                                        settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = try_login(officer_a, "wrong-password")
        assert response.status_code == 200
    assert "ระงับการเข้าสู่ระบบ" not in response.content.decode()


def test_after_the_limit_even_the_right_password_is_refused_with_a_thai_message(
        try_login, lock_out, officer_a):
    lock_out(officer_a)
    response = try_login(officer_a)
    assert response.status_code == 429
    assert not response.wsgi_request.user.is_authenticated
    body = response.content.decode()
    assert "เข้าสู่ระบบไม่สำเร็จติดต่อกัน 5 ครั้ง" in body
    assert "ไว้ 15 นาที" in body and "โปรดติดต่อฝ่ายเลขานุการ" in body
    assert 'id="id_password"' in body  # the login page, not a bare error


def test_the_message_names_the_time_the_lockout_ends(try_login, lock_out, officer_a):
    lock_out(officer_a)
    last = AccessAttempt.objects.get(username="officer_a").attempt_time
    ends = timezone.localtime(last + timedelta(minutes=15))
    # the one Thai time format, as in the documents: 16.52 น.
    assert f"ลองใหม่ได้ตั้งแต่เวลา {ends:%H.%M} น." in try_login(officer_a).content.decode()


def test_the_lockout_message_is_in_english_after_the_language_switch(client, try_login,
                                                                     lock_out, officer_a):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = lock_out(officer_a).content.decode()
    assert "5 failed logins in a row" in body and "15 minutes" in body
    assert "contact the secretariat" in body


def test_the_limit_and_the_message_follow_the_settings(try_login, officer_a, settings):
    assert settings.AXES_FAILURE_LIMIT == settings.PCIO_LOGIN_FAILURES == 5
    assert settings.AXES_COOLOFF_TIME == timedelta(minutes=settings.PCIO_LOGIN_LOCKOUT_MINUTES)
    settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME = 2, timedelta(minutes=30)
    assert try_login(officer_a, "wrong-password").status_code == 200
    response = try_login(officer_a, "wrong-password")
    assert response.status_code == 429
    assert "ติดต่อกัน 2 ครั้ง" in response.content.decode()
    assert "ไว้ 30 นาที" in response.content.decode()


def test_a_successful_login_resets_the_count(try_login, officer_a, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        try_login(officer_a, "wrong-password")
    assert try_login(officer_a).status_code == 302
    assert not AccessAttempt.objects.exists()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        try_login(officer_a, "wrong-password")
    assert try_login(officer_a).status_code == 302


def test_the_same_user_from_another_address_and_other_users_still_log_in(
        try_login, lock_out, officer_a, officer_b):
    lock_out(officer_a, REMOTE_ADDR="192.0.2.10")
    assert try_login(officer_a, REMOTE_ADDR="192.0.2.10").status_code == 429
    assert try_login(officer_a, REMOTE_ADDR="192.0.2.11").status_code == 302
    assert try_login(officer_b, REMOTE_ADDR="192.0.2.10").status_code == 302


def test_the_lockout_ends_after_the_cool_off(try_login, lock_out, officer_a):
    lock_out(officer_a)
    attempt = AccessAttempt.objects.get(username="officer_a")
    attempt.attempt_time -= timedelta(minutes=14)
    attempt.save()
    assert try_login(officer_a).status_code == 429  # 14 of 15 minutes is not enough
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert try_login(officer_a).status_code == 302


def test_trying_again_during_the_lockout_does_not_prolong_it(try_login, lock_out, officer_a):
    lock_out(officer_a)
    locked_at = AccessAttempt.objects.get(username="officer_a").attempt_time
    try_login(officer_a, "wrong-password")
    attempt = AccessAttempt.objects.get(username="officer_a")
    assert attempt.attempt_time == locked_at and attempt.failures_since_start == 5


def test_the_admin_login_is_protected_too(client, lock_out, secretariat):
    lock_out(secretariat)
    response = client.post("/admin/login/", {"username": "secretariat",
                                             "password": "pass-pcio-1234"})
    assert response.status_code == 429
    assert not response.wsgi_request.user.is_authenticated
