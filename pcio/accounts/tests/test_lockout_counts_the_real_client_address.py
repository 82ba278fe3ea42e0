"""Which address a failed login counts against: REMOTE_ADDR, and X-Forwarded-For only when
the request comes from a proxy named in PCIO_TRUSTED_PROXIES."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory

from pcio.accounts.lockout import client_ip


def _ip(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


def test_x_forwarded_for_is_ignored_by_default(settings):
    assert settings.PCIO_TRUSTED_PROXIES == []
    assert _ip("198.51.100.7", "203.0.113.5") == "198.51.100.7"


def test_a_client_cannot_dodge_the_lockout_by_changing_x_forwarded_for(try_login, officer_a,
                                                                       settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = try_login(officer_a, "wrong-password", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert response.status_code == 429
    assert try_login(officer_a, HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


@pytest.mark.parametrize("forwarded, client", [
    ("203.0.113.5", "203.0.113.5"),
    ("1.2.3.4, 203.0.113.5", "203.0.113.5"),  # the left hop is the client's own claim
    ("203.0.113.5, 10.0.0.2", "203.0.113.5"),  # a second proxy of ours, inside the network
    ("2001:db8::5", "2001:db8::5"),
    ("not-an-address", "127.0.0.1"),  # not written by our proxy: count the proxy
    ("", "127.0.0.1"),
])
def test_behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client(settings, forwarded,
                                                                        client):
    settings.PCIO_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert _ip("127.0.0.1", forwarded) == client


def test_behind_a_trusted_proxy_each_client_is_locked_out_on_its_own(try_login, lock_out,
                                                                     officer_a, settings):
    settings.PCIO_TRUSTED_PROXIES = ["127.0.0.1"]
    lock_out(officer_a, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert try_login(officer_a, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert try_login(officer_a, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"
