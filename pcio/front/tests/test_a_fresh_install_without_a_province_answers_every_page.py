"""A fresh install (migrations only: no demo, no `pcio setup`) names no province, and every
page a user reaches from the home page or an app's menu answers, none with a server error;
the pages that need the province say so in Thai and send the superuser to the setup page."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model

from pcio.front import installation
from pcio.front.tests.walk import Walk
from pcio.lib import permissions

pytestmark = pytest.mark.django_db
NOT_SET = "ยังไม่ได้ตั้งค่าจังหวัด"


class Recording:
    """A test client that keeps the status of every page it opened (a server error raises in
    the test client itself, so the walk stops at the first one and names it)."""

    def __init__(self, client):
        self.client, self.statuses = client, {}

    def get(self, url, *args, **kwargs):
        response = self.client.get(url, *args, **kwargs)
        self.statuses[url] = response.status_code
        return response


def _menus():
    return ["/"] + [f"/{config.url_prefix}" for config in apps.get_app_configs()
                    if getattr(config, "url_prefix", None)]


def _walk(client, user=None):
    if user:
        client.force_login(user)
    recording = Recording(client)
    Walk(recording).run(_menus())
    return recording.statuses


def test_a_fresh_install_has_no_province():
    assert settings.PROVINCE_CODE == ""
    assert not installation.is_set()
    assert installation.province_code() == "" and installation.name() == ""


@pytest.mark.parametrize("role", [None, permissions.OFFICER, permissions.COMMITTEE, "superuser"])
def test_every_page_answers_without_a_server_error(client, make_user, make_agency, role):
    user = None
    if role == "superuser":
        user = get_user_model().objects.create_superuser("root", password="pass-pcio-1234")
    elif role:
        user = make_user(role, role, make_agency("X") if role == permissions.OFFICER else None)
    statuses = _walk(client, user)
    assert len(statuses) > len(_menus())
    assert {url: s for url, s in statuses.items() if s >= 500} == {}
    assert all(statuses[url] in (200, 302) for url in _menus()), statuses


def test_the_readiness_page_says_the_province_is_not_set_and_links_to_setup(client, make_user):
    client.force_login(get_user_model().objects.create_superuser("root", password="p-1234-x"))
    page = client.get("/readiness/").content.decode()
    assert NOT_SET in page and 'href="/setup/"' in page
    assert client.get("/api/v1/readiness/results/").status_code == 404
