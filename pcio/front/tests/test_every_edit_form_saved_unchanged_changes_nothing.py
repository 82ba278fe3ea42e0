"""Every form that edits a record, opened in Chromium and saved without touching anything,
saves, and leaves every stored record as it was, field by field.

The forms are found, not listed: the secretariat walks the demo site from the home page
(walk.py) and every form that posts somewhere is round-tripped, unless NOT_EDIT_FORMS says
why it is no edit form; a second test fails when a URL pattern is neither walked nor listed,
so a form added later is covered, or named, without this file changing. Each form is also
saved by an officer of the agency that owns the record, where officers may edit it.
"""

from unittest import mock

import lxml.html
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from pcio.front.tests.records import changes, snapshot
from pcio.front.tests.walk import Walk, all_patterns, forms_of, pattern_of, richest
from pcio.lib import permissions

CREATES = "makes a new record: an empty form is refused, as it should be"
IMPORTS = "reads a spreadsheet"
DELETES = "deletes"
ACTS = "one press does one thing (a step, a check, a message): no fields to keep"
DOWNLOAD = "a download"

# POST targets (URL pattern names; readiness_act#verb for its verbs) that are no
# record-edit forms.
NOT_EDIT_FORMS = {
    "login": "signs in", "logout": "signs out", "set_language": "the language is a cookie",
    "password_change": "asks for the old password", "agency_export": DOWNLOAD,
    "agency_new": CREATES, "catalog_new": CREATES, "catalog_resource_new": CREATES,
    "compliance_letter_new": CREATES, "compliance_channel_add": CREATES,
    "compliance_volume_add": CREATES, "meeting_new": CREATES, "meeting_item_new": CREATES,
    "meeting_attach": CREATES, "meeting_correction_add": CREATES, "readiness_assign": CREATES,
    "readiness_act#evidence": CREATES,
    "agency_import": IMPORTS, "catalog_import": IMPORTS, "compliance_import": IMPORTS,
    "webwatch_import": IMPORTS, "readiness_import": IMPORTS,
    "readiness_assign_import": IMPORTS, "readiness_questions": IMPORTS,
    "catalog_delete": DELETES, "catalog_resource_delete": DELETES,
    "compliance_channel_delete": DELETES,
    "catalog_check_links": ACTS, "compliance_check": ACTS, "compliance_remind": ACTS,
    "compliance_remind_all": ACTS, "readiness_remind": ACTS, "webwatch_recheck": ACTS,
    "webwatch_ack": ACTS, "meeting_item_move": ACTS, "meeting_send": ACTS,
    "meeting_revise": ACTS, "meeting_circulate": ACTS, "meeting_correction": ACTS,
    "readiness_act#submit": ACTS, "readiness_act#accept": ACTS, "readiness_act#return": ACTS,
    "first_run": "sets the province up (pcio setup): adds the offices it lacks, edits none",
}
# URL patterns the secretariat's walk does not reach, and why that is right.
NOT_WALKED = {
    "admin/": "Django's admin, with Django's own forms",
    "api/": "the JSON and CKAN APIs: no HTML forms",
    "catalog/api/": "the CKAN Action API again, under the catalog",
    "health": "JSON for monitoring",
    "password_change_done": "shown after a password change",
    "meeting_reorder": "drag and drop posts JSON, no form",
    "meeting_attachment": "a download; the demo's attachments have no file",
    "readiness_evidence": "a download; the demo has no evidence files",
    "import_job": "a spreadsheet import's progress: the demo imports nothing",
    "import_job_status": "JSON polled by that progress page",
}


@pytest.fixture(scope="module")
def site(demo_site):
    """The demo site walked once by the secretariat: (walk, [(user, form)])."""
    with demo_site.unblock():
        admin = get_user_model().objects.get(username="admin")
        _answer_the_survey(admin)
        walk = Walk(_client(admin), once=NOT_EDIT_FORMS).run()
        return walk, list(_round_trips(walk, admin))


def _answer_the_survey(admin):
    """The demo's questions are unanswered, and an empty answer is rightly refused: answer
    them as their agencies would, so the answer form has something to keep."""
    from pcio.readiness import cycle
    from pcio.readiness.models import Assignment, Kind

    samples = {Kind.NUMBER: "12.5", Kind.TEXT: "สำรองข้อมูลทุกวัน ทดสอบกู้คืนทุกเดือน",
               Kind.FILE: "คำสั่งจังหวัดที่ 1/2568"}
    for assignment in Assignment.objects.select_related("question"):
        question = assignment.question
        choices = question.choice_list()
        answer = choices[:2] if question.kind == Kind.MULTIPLE else (
            choices[0] if choices else samples[question.kind])
        cycle.save_answer(assignment, answer, admin)


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _round_trips(walk, admin):
    """The secretariat saves the richest form of each kind; then an officer of the agency
    that owns its record, when that officer is shown the same form."""
    for target, form in sorted(richest(walk.forms).items()):
        if target in NOT_EDIT_FORMS:
            continue
        yield admin, form
        officer = _owners_officer(admin, form)
        if officer and any(f.action == form.action for f in _forms(officer, form.page)):
            yield officer, form


def _owners_officer(admin, form):
    """An officer of the agency owning the record the page edits: the first record the
    page asks can_edit about."""
    asked = []
    real = permissions.can_edit
    with mock.patch.object(permissions, "can_edit",
                           lambda user, obj: asked.append(obj) or real(user, obj)):
        _client(admin).get(form.page)
    owner = permissions.owner_agency_id(asked[0]) if asked else None
    return _officer(owner) if owner else None


def _officer(agency_id):
    from pcio.agencies.models import Agency

    agency = Agency.objects.get(pk=agency_id)
    user, _ = get_user_model().objects.get_or_create(username=f"officer-{agency.code}")
    user.profile.role, user.profile.agency = permissions.OFFICER, agency
    user.profile.save()
    return user


def _forms(user, url):
    body = _client(user).get(url).content.decode()
    return list(forms_of(url, lxml.html.document_fromstring(body, base_url=url)))


def test_every_url_pattern_is_walked_or_said_to_be_no_edit_form(site):
    walk, _ = site
    reached = {pattern_of(key) for key in walk.reached | {f.target for f in walk.forms}}
    listed = {pattern_of(key) for key in NOT_EDIT_FORMS} | set(NOT_WALKED)
    unknown = [key for key, route in all_patterns().items()
               if key not in reached | listed and not route.startswith(tuple(NOT_WALKED))]
    assert not unknown, (
        "Neither reached by walking the demo site nor listed: an edit form must be linked "
        "from a page (and the demo must have a record for it); anything else goes in "
        f"NOT_EDIT_FORMS or NOT_WALKED with the reason: {unknown}")
    stale = [key for key in listed if key not in all_patterns() and not key.endswith("/")]
    assert not stale, f"Listed but no longer a URL pattern: {stale}"


@pytest.mark.browser
def test_every_edit_form_saved_unchanged_changes_nothing(site, on_demo_site, browser,
                                                         live_server):
    _, trips = site
    problems = {}
    for user, form in trips:
        found = _round_trip(browser, live_server, user, form)
        if found:
            problems[f"{form.target} as {user.username} ({form.page})"] = found
    assert not problems, "\n".join(
        f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())


# The form that posts to this path, and its first submit button: the one Enter presses.
FIND_FORM = """(action) => {
  const form = [...document.forms].find(f => f.method === "post" &&
                                             new URL(f.action).pathname === action);
  if (!form) return "no form posts to " + action;
  form.setAttribute("data-round-trip", "");
  const bad = [...form.elements].filter(e => e.willValidate && !e.checkValidity());
  return bad.map(e => `${e.name}: ${e.validationMessage} (${JSON.stringify(e.value)})`)
            .join("; ");
}"""


def _round_trip(browser, live_server, user, form):
    context = browser.new_context(locale="th-TH")
    client = _client(user)
    cookie = settings.SESSION_COOKIE_NAME
    context.add_cookies([{"name": cookie, "value": client.cookies[cookie].value,
                          "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(live_server.url + form.page)
        before = snapshot()
        refused = page.evaluate(FIND_FORM, form.action.split("?")[0])
        if refused:
            return [f"the browser will not send it: {refused}"]
        button = page.locator("[data-round-trip] :is(button, input[type=submit])"
                              ":not([type=button]):not([type=reset])").first
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            button.click()
        page.wait_for_load_state()
        return _refusal(page, posted.value) + changes(before, snapshot())
    finally:
        context.close()


def _refusal(page, response):
    errors = page.locator(".errorlist, .error-box, .messages .error").all_inner_texts()
    if 300 <= response.status < 400 and not errors:
        return []
    return [f"not saved (HTTP {response.status}): " + " | ".join(e.strip() for e in errors)]
