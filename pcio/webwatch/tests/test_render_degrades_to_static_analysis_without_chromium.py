"""Without Chromium a page that would be rendered is checked statically, with a note; the
command line turns rendering on and off."""

import io

import pytest
from django.core.management import call_command

from pcio.webwatch.crawl import check_url
from pcio.webwatch.tests import scripted


@pytest.fixture
def no_chromium(settings):
    settings.PCIO_CHROMIUM = "/nonexistent/chromium"


def test_a_page_is_checked_statically_with_a_note(site, no_chromium):
    server = site()
    server.page("/", scripted.page(scripted.charcode_shift()))

    page = check_url(server.url + "/", allow_private=True, render=True)

    assert page.verdict == "clean"
    assert [(f.kind, f.weight) for f in page.findings] == [("not_rendered", 0.0)]
    assert "Chromium" in page.findings[0].evidence


def test_the_command_line_turns_rendering_on_and_off(site, no_chromium, settings, db):
    settings.PCIO_WEBWATCH_RENDER = "on"
    server = site()
    server.page("/", scripted.page(scripted.charcode_shift()))
    outputs = {}
    for flag in ("--render", "--no-render"):
        out = io.StringIO()
        call_command("webwatch", "check", server.url + "/", "--allow-private", flag, stdout=out)
        outputs[flag] = out.getvalue()
    assert "not_rendered" in outputs["--render"]
    assert "not_rendered" not in outputs["--no-render"]
    assert outputs["--no-render"].startswith("clean")
