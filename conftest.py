"""Fixtures shared by every app's tests: users by role, agencies, a browser."""

import os
import shutil

import pytest

from pcio.lib import permissions


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _installation_language_between_tests():
    """A request through the test client leaves its page's language active in the thread;
    the next test starts in the installation's language (Thai), as a new process does."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture
def province(db):
    from pcio.agencies.models import Province

    return Province.objects.get_or_create(code="43", defaults={"name_th": "หนองคาย",
                                                               "name_en": "Nong Khai"})[0]


@pytest.fixture
def district(province):
    from pcio.agencies.models import District

    return District.objects.get_or_create(
        code="4301", defaults={"province": province, "name_th": "เมืองหนองคาย"})[0]


@pytest.fixture
def make_agency(province, district):
    from pcio.agencies.models import Agency

    def make(code, name_th=None, type="provincial", **fields):
        fields.setdefault("district", district)
        return Agency.objects.create(code=code, name_th=name_th or f"หน่วยงาน {code}",
                                     type=type, province=province, **fields)

    return make


@pytest.fixture
def agency_a(make_agency):
    return make_agency("A", "สำนักงานสถิติจังหวัดหนองคาย", type="central")


@pytest.fixture
def agency_b(make_agency):
    return make_agency("B", "เทศบาลเมืองหนองคาย", type="municipality")


@pytest.fixture
def make_user(db):
    from django.contrib.auth import get_user_model

    def make(username, role, agency=None, password="pass-pcio-1234"):
        user = get_user_model().objects.create_user(username, password=password,
                                                    is_superuser=role == permissions.ADMIN,
                                                    is_staff=role == permissions.ADMIN)
        user.profile.role = role
        user.profile.agency = agency
        user.profile.save()
        return user

    return make


@pytest.fixture
def secretariat(make_user):
    return make_user("secretariat", permissions.ADMIN)


@pytest.fixture
def officer_a(make_user, agency_a):
    return make_user("officer_a", permissions.OFFICER, agency_a)


@pytest.fixture
def officer_b(make_user, agency_b):
    return make_user("officer_b", permissions.OFFICER, agency_b)


@pytest.fixture
def committee_member(make_user):
    return make_user("committee", permissions.COMMITTEE)


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1 at an ephemeral port, set as EMAIL_HOST.

    `.messages` holds the envelopes it received, `.port` its port.
    """
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd
            self.messages.append(envelope)
            return "250 OK"

    class EphemeralController(Controller):
        def _trigger_server(self):
            self.port = self.server.sockets[0].getsockname()[1]
            super()._trigger_server()

    inbox = Inbox()
    controller = EphemeralController(inbox, hostname="127.0.0.1", port=0)
    controller.start()
    inbox.port = controller.port
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER = False, ""
    settings.DEFAULT_FROM_EMAIL = "pcio@nongkhai.go.th"
    yield inbox
    controller.stop()


@pytest.fixture
def migrate(transactional_db):
    """migrate(("app", "0001_name")) moves the test database back to that migration and
    returns the models as they were there, for tests of data migrations. Afterwards the
    database is at the latest migration again, even when the test failed half-way."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    def to(*targets):
        MigrationExecutor(connection).migrate(list(targets))
        return MigrationExecutor(connection).loader.project_state(list(targets)).apps

    yield to
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def token_for(db):
    from pcio.accounts.models import ApiToken

    return lambda user: ApiToken.issue(user, "test")


def chromium_path():
    return os.environ.get("PCIO_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs a loop
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="th-TH", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def login(page, live_server):
    def do(user, password="pass-pcio-1234"):
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", password)
        page.click("main button")
        page.wait_for_url(f"{live_server.url}/")

    return do
