"""The pages the accessibility tests open, and a way to open them as a user in Chromium.

One page per app for each role (the home page and every menu entry), the record pages the
issue named (agency, readiness radar, compliance checklist), and every edit form the
secretariat reaches: found by walk.py, as the round-trip test finds them, so a form added
later is checked without naming it here.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from pcio.front.context import _nav
from pcio.front.tests.test_every_edit_form_saved_unchanged_changes_nothing import NOT_EDIT_FORMS
from pcio.front.tests.walk import Walk, all_patterns, richest

ROLES = ("anonymous", "officer", "committee", "admin")
# Record pages worth a look beyond the menu: a chart, a checklist of glyphs, a long record.
RECORD_PAGES = ("agency", "readiness_unit", "compliance_agency", "catalog_dataset")


def client_for(role):
    client = Client()
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))
    return client


def pages_of(role):
    """(role, url) of the home page and every menu entry this role sees."""
    return [(role, url) for url in ["/", *(item["url"] for item in _nav("/"))]]


# Patterns whose records differ in which edit forms they show (a dataset with a data
# dictionary, an agency with channels): every record of these is opened, one of the others.
EVERY_RECORD = {"catalog_dataset", "catalog_dictionary", "compliance_agency"}


def walked_pages():
    """(admin, url) of the record pages and of every edit form the secretariat reaches.
    One page per pattern, not the round-trip test's every page: a tenth of the time."""
    once = (set(NOT_EDIT_FORMS) | set(all_patterns())) - EVERY_RECORD
    walk = Walk(client_for("admin"), once=once).run()
    records = [walk.pages[key][0] for key in RECORD_PAGES if key in walk.pages]
    forms = sorted({form.page for target, form in richest(walk.forms).items()
                    if target not in NOT_EDIT_FORMS})
    return [("admin", url) for url in dict.fromkeys(records + forms)]


def screen_set():
    pages = [entry for role in ROLES for entry in pages_of(role)]
    return list(dict.fromkeys(pages + walked_pages()))


def by_role(screens):
    """{role: [url]}: one browser context per role serves all its pages."""
    urls = {}
    for role, url in screens:
        urls.setdefault(role, []).append(url)
    return urls


def open_as(browser, live_server, role, width, height=800):
    """A new Chromium page of this width, signed in as the role (its session cookie)."""
    context = browser.new_context(locale="th-TH", viewport={"width": width, "height": height})
    if role != "anonymous":
        cookie = settings.SESSION_COOKIE_NAME
        context.add_cookies([{"name": cookie, "value": client_for(role).cookies[cookie].value,
                              "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15000)
    return page
