import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from pcio.lib import reference


@pytest.fixture
def catalog_demo(db):
    """The demo catalog: 30 datasets, tourism among them, and one uploaded CSV file."""
    from pcio.catalog import demo

    demo.load()


class DemoSite:
    def __init__(self, blocker, media):
        self.blocker, self.media = blocker, media

    def unblock(self):
        return self.blocker.unblock()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """`pcio demo`, loaded once for a module's tests and committed (a live server sees it),
    then emptied again. Add to it inside `demo_site.unblock()`; a test reads its files
    through the `on_demo_site` fixture."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        try:
            call_command("demo", stdout=io.StringIO())
            yield DemoSite(django_db_blocker, media)
        finally:
            _empty_database()


@pytest.fixture
def on_demo_site(demo_site, settings):
    settings.MEDIA_ROOT = demo_site.media  # the demo's files (issued agendas, uploads)
    return demo_site


def _empty_database():
    from django.db import connection

    call_command("flush", interactive=False, verbosity=0)
    table = "catalog_search" if connection.vendor == "postgresql" else "catalog_fts"
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # no Django model: flush leaves it
    reference.load_all()  # as migrated: later tests expect the shipped provinces and years
