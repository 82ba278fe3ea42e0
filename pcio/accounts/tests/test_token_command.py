import pytest
from django.core.management import CommandError, call_command

from pcio.accounts.models import ApiToken


def test_pcio_token_prints_a_token_that_authenticates(capsys, api_client, officer_a):
    call_command("token", "officer_a")
    token = capsys.readouterr().out.strip()
    assert token.startswith("pcio_")
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/v1/agencies/").status_code == 200
    assert ApiToken.objects.get().last_used is not None


def test_only_a_hash_of_the_token_is_stored(capsys, officer_a):
    call_command("token", "officer_a")
    token = capsys.readouterr().out.strip()
    stored = ApiToken.objects.get()
    assert token not in (stored.digest, stored.name)
    assert stored.digest == ApiToken.hash(token)


def test_a_token_of_a_deactivated_user_no_longer_works(api_client, officer_a, token_for):
    token = token_for(officer_a)
    officer_a.is_active = False
    officer_a.save()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api_client.get("/api/v1/agencies/").status_code == 401


def test_it_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="nobody"):
        call_command("token", "nobody")
