"""A token's last use is recorded, but at most once a minute: not a write per request."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pcio.accounts.models import ApiToken


def _get(api_client, raw):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert api_client.get("/api/v1/agencies/").status_code == 200


def _token_writes(queries):
    return [q["sql"] for q in queries if q["sql"].startswith("UPDATE")
            and "accounts_apitoken" in q["sql"]]


def test_the_first_use_is_recorded(api_client, officer_a, token_for):
    raw = token_for(officer_a)
    assert ApiToken.objects.get().last_used is None
    _get(api_client, raw)
    assert timezone.now() - ApiToken.objects.get().last_used < timedelta(seconds=10)


def test_uses_within_a_minute_write_nothing(api_client, officer_a, token_for):
    raw = token_for(officer_a)
    _get(api_client, raw)
    first = ApiToken.objects.get().last_used
    with CaptureQueriesContext(connection) as queries:
        _get(api_client, raw)
    assert _token_writes(queries) == []
    assert ApiToken.objects.get().last_used == first


def test_a_use_after_a_minute_is_recorded_again(api_client, officer_a, token_for):
    raw = token_for(officer_a)
    earlier = timezone.now() - timedelta(minutes=2)
    ApiToken.objects.update(last_used=earlier)
    with CaptureQueriesContext(connection) as queries:
        _get(api_client, raw)
    assert len(_token_writes(queries)) == 1
    assert ApiToken.objects.get().last_used > earlier + timedelta(minutes=1)
