"""API tokens expire after PCIO_TOKEN_DAYS (or `pcio token --days N`); an expired token is
refused exactly like an unknown one."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from pcio.accounts.models import ApiToken


def _issued(capsys, *args):
    call_command("token", "officer_a", *args)
    raw = capsys.readouterr().out.strip()
    return raw, ApiToken.objects.get(digest=ApiToken.hash(raw))


def _days_left(token):
    return (token.expires_at - timezone.now()) / timedelta(days=1)


def test_a_token_lives_pcio_token_days_by_default(capsys, officer_a, settings):
    assert settings.PCIO_TOKEN_DAYS == 365
    settings.PCIO_TOKEN_DAYS = 30
    _, token = _issued(capsys)
    assert 29.9 < _days_left(token) <= 30


def test_pcio_token_days_sets_the_lifetime_and_says_when_it_ends(capsys, officer_a):
    call_command("token", "officer_a", "--days", "7")
    out, err = capsys.readouterr()
    token = ApiToken.objects.get(digest=ApiToken.hash(out.strip()))
    assert 6.9 < _days_left(token) <= 7
    assert f"{timezone.localtime(token.expires_at):%Y-%m-%d %H:%M}" in err


def test_pcio_token_refuses_a_lifetime_under_a_day(officer_a):
    with pytest.raises(CommandError, match="--days"):
        call_command("token", "officer_a", "--days", "0")


def test_an_expired_token_gets_the_same_401_as_an_unknown_one(capsys, api_client, officer_a):
    raw, token = _issued(capsys)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert api_client.get("/api/v1/agencies/").status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = api_client.get("/api/v1/agencies/")
    api_client.credentials(HTTP_AUTHORIZATION="Token pcio_no-such-token")
    unknown = api_client.get("/api/v1/agencies/")
    assert expired.status_code == unknown.status_code == 401
    assert expired.json() == unknown.json()
    assert expired["WWW-Authenticate"] == unknown["WWW-Authenticate"] == "Token"


def test_a_token_issued_for_one_day_works_until_the_day_is_over(capsys, api_client, officer_a):
    raw, token = _issued(capsys, "--days", "1")
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() + timedelta(minutes=1))
    assert api_client.get("/api/v1/agencies/").status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now())
    assert api_client.get("/api/v1/agencies/").status_code == 401


def test_the_admin_lists_tokens_with_their_expiry(client, secretariat, officer_a, token_for):
    token_for(officer_a)
    ApiToken.objects.create(user=officer_a, name="old", digest="0" * 64,
                            expires_at=timezone.now() - timedelta(days=1))
    client.force_login(secretariat)
    body = client.get("/admin/accounts/apitoken/").content.decode()
    assert "หมดอายุ" in body and "column-expires_at" in body
    live = client.get("/admin/accounts/apitoken/?expired=no").context["cl"].result_list
    expired = client.get("/admin/accounts/apitoken/?expired=yes").context["cl"].result_list
    assert [t.name for t in live] == ["test"] and [t.name for t in expired] == ["old"]
