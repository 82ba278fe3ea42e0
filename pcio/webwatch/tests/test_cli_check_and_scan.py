import io
import json

import pytest
from django.core.management import call_command

from pcio.webwatch.tests.pages import SPAM, clean, ok

pytestmark = pytest.mark.django_db  # the command reads the agency registry for own websites


def run(*args):
    out = io.StringIO()
    with pytest.raises(SystemExit) as caught:
        call_command("webwatch", *args, stdout=out)
        raise SystemExit(0)
    return caught.value.code, out.getvalue()


def test_check_exits_0_for_a_clean_page_and_1_for_an_infected_one_with_json(site):
    server = site({"/": ok(clean()), "/bad": ok(SPAM)})
    assert run("check", server.url + "/", "--allow-private")[0] == 0
    code, out = run("check", server.url + "/bad", "--allow-private", "--json")
    data = json.loads(out)
    assert code == 1 and data["verdict"] == "infected" and data["url"].endswith("/bad")
    assert all("kind" in f and "evidence" in f for f in data["findings"])


def test_check_exits_2_when_it_could_not_check_and_refuses_loopback_by_default(site):
    server = site({"/": ok(clean())})
    code, out = run("check", server.url + "/", "--json")
    assert code == 2 and json.loads(out)["verdict"] == "could_not_check"
    assert "ปฏิเสธ" in json.loads(out)["findings"][0]["evidence"]


def test_scan_lists_every_page_and_exits_1_when_any_is_infected(site):
    server = site({"/": ok(clean("/a", "/b")), "/a": ok(clean()), "/b": ok(SPAM)})
    code, out = run("scan", server.url + "/", "--allow-private", "--json", "--max-pages", "5")
    data = json.loads(out)
    assert code == 1
    verdicts = {p["url"].rsplit("/", 1)[1]: p["verdict"] for p in data["pages"]}
    assert verdicts == {"": "clean", "a": "clean", "b": "infected"}
    server.page("/b", clean())
    assert run("scan", server.url + "/", "--allow-private")[0] == 0
