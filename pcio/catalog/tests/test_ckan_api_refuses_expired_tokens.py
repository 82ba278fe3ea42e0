"""An expired API token gets CKAN's not-authorized envelope over real HTTP (ckanapi), the same
answer as an unknown token; the same token works until it expires."""

from datetime import timedelta

import ckanapi
import pytest
from django.utils import timezone

from pcio.accounts.models import ApiToken
from pcio.catalog.tests.conftest import valid_metadata


@pytest.fixture
def raw_token(officer_a, token_for):
    from pcio.catalog import services

    services.ensure_groups()
    return token_for(officer_a)


@pytest.fixture
def call(ckan):
    """One action with its own ckanapi session, closed at once: a kept-alive connection left
    for the garbage collector would end a server thread in the middle of a later test."""

    def run(token, action, **data):
        with ckan(token) as client:
            return client.call_action(action, data)

    return run


def _expire():
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))


def test_an_expired_token_can_no_longer_write(call, raw_token):
    call(raw_token, "package_create", **valid_metadata())
    _expire()
    with pytest.raises(ckanapi.NotAuthorized) as expired:
        call(raw_token, "package_patch", id="nk-tourists", notes="แก้หลังหมดอายุ")
    with pytest.raises(ckanapi.NotAuthorized) as unknown:
        call("pcio_no-such-token", "package_patch", id="nk-tourists", notes="x")
    assert expired.value.args == unknown.value.args
    assert "invalid API token" in str(expired.value)


def test_an_expired_token_is_refused_even_for_reading(call, raw_token, public_dataset):
    assert call(raw_token, "package_show", id="nk-tourists")["name"] == "nk-tourists"
    _expire()
    with pytest.raises(ckanapi.NotAuthorized):
        call(raw_token, "package_show", id="nk-tourists")
    # without a token the public dataset is still public
    assert call(None, "package_show", id="nk-tourists")["name"] == "nk-tourists"


def test_the_envelope_is_ckans_authorization_error(client, raw_token):
    _expire()
    response = client.post("/api/3/action/package_create", valid_metadata(),
                           content_type="application/json", HTTP_AUTHORIZATION=raw_token)
    body = response.json()
    assert response.status_code == 403 and body["success"] is False
    assert body["error"]["__type"] == "Authorization Error"
