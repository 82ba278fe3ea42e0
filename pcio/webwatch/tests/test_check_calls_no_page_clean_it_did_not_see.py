"""`pcio webwatch check` answers clean (exit 0) only for a page it saw as every persona. A
server error, or a redirect to a name that does not resolve or to an address the guard
refuses, is could_not_check (exit 2), unless the redirect chain itself convicts (exit 1):
from a government network a blocked gambling domain cannot be reached either."""

import io
import json

import pytest
from django.core.management import call_command

from pcio.agencies.models import Website
from pcio.webwatch.tests.pages import clean, ok

pytestmark = pytest.mark.django_db


def check(url, *args):
    out = io.StringIO()
    with pytest.raises(SystemExit) as caught:
        call_command("webwatch", "check", url, "--json", "--timeout", "5", *args, stdout=out)
        raise SystemExit(0)
    return caught.value.code, json.loads(out.getvalue())


def moved(target):
    return lambda request: (302, {"Location": target}, "")


def test_a_server_error_is_could_not_check_and_names_every_persona(site):
    server = site({"/": lambda r: (500, {}, "<h1>Internal Server Error</h1>")})
    code, data = check(server.url + "/", "--allow-private")
    assert code == 2 and data["verdict"] == "could_not_check"
    [finding] = data["findings"]
    assert finding["kind"] == "could_not_check" and "HTTP 500" in finding["evidence"]
    assert {"desktop", "phone_google", "googlebot"} <= set(finding["persona"].split(", "))


def test_a_server_error_for_googlebot_alone_is_could_not_check(site):
    def home(request):
        bot = "Googlebot" in request.headers.get("User-Agent", "")
        return (500, {}, "error") if bot else (200, {}, clean())

    code, data = check(site({"/": home}).url + "/", "--allow-private")
    assert code == 2 and data["verdict"] == "could_not_check"
    missed = [f for f in data["findings"] if f["kind"] == "could_not_check"]
    assert missed and set(missed[0]["persona"].split(", ")) == {"googlebot",
                                                                "googlebot_smartphone"}


def test_a_redirect_to_an_unresolvable_betting_name_is_infected_with_the_chain(site):
    server = site({"/": moved("http://ufa-slot88.invalid/th/")})
    code, data = check(server.url + "/", "--allow-private")
    assert code == 1 and data["verdict"] == "infected"
    hop = next(f for f in data["findings"] if f["kind"] == "http_redirect_offsite")
    assert f"{server.url}/ [302] → http://ufa-slot88.invalid/th/" in hop["evidence"]
    assert "ufa" in hop["evidence"] and "slot" in hop["evidence"]
    assert "ไม่พบชื่อโดเมน" in hop["evidence"] and hop["persona"]


def test_a_redirect_to_an_unresolvable_site_is_judged_by_whose_site_it_is(site, agency_a):
    server = site({"/": ok(clean()), "/home": moved("https://new-home.invalid/"),
                   "/away": moved("https://elsewhere.invalid/")})
    for url in (server.url + "/", "https://new-home.invalid/"):
        Website.objects.create(agency=agency_a, url=url)
    # the agency's own registered website: never seen, so not clean either
    code, data = check(server.url + "/home", "--allow-private")
    assert code == 2 and data["verdict"] == "could_not_check"
    assert "new-home.invalid" in data["findings"][0]["evidence"]
    # a site that is neither the agency's nor a government or known service domain
    code, data = check(server.url + "/away", "--allow-private")
    assert code == 1
    assert any("leaves government and known domains" in f["evidence"]
               for f in data["findings"] if f["kind"] == "http_redirect_offsite")


@pytest.mark.parametrize("target", ["http://10.1.2.3/", "http://169.254.169.254/latest/"])
def test_a_redirect_to_an_address_the_guard_refuses_is_could_not_check(site, settings, target):
    settings.PCIO_FETCH_ALLOW_PRIVATE = ["127.0.0.1/32"]   # an intranet allow-list
    server = site({"/": moved(target)})
    code, data = check(server.url + "/")
    assert code == 2 and data["verdict"] == "could_not_check"
    assert "ปฏิเสธ" in data["findings"][0]["evidence"]
    assert target in data["findings"][0]["evidence"]


def test_a_page_seen_as_every_persona_is_still_clean(site):
    code, data = check(site({"/": ok(clean())}).url + "/", "--allow-private")
    assert code == 0 and data["verdict"] == "clean" and data["findings"] == []
