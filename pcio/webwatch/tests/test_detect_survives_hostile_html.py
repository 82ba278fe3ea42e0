"""Broken, empty, binary or deliberately nasty documents give a verdict, never a crash."""

import pytest

from pcio.webwatch.detect import Fetched, check_html, check_page

NASTY = {
    "empty": "",
    "not_html": "just some text, no tags สล็อต",
    "binary": "\x00\x01\x02\xff\ufffd" * 2000,
    "unclosed": "<html><head><title>x" + "<div>" * 5000,
    "deep_nesting": "<span style='display:none'>" * 3000 + "สล็อต เครดิตฟรี",
    "broken_script": "<script>eval(atob('!!!notbase64'));String.fromCharCode(99999999,'x')"
                     "</script>",
    "huge_base64": "<script>eval(atob('" + "QUFB" * 50000 + "'))</script>",
    "bad_urls": "<a href='http://[::1'>x</a><iframe src='http://%zz'></iframe>"
                "<link rel=canonical href='https://'><meta http-equiv=refresh content=';url='>",
    "spaced_run": "ก " * 20000 + "ขข",
    "css_braces": "<style>" + "{" * 20000 + "</style>",
    "nested_deep": "<div>" * 100000 + "<a href='https://ufa777.com/'>สล็อต</a>",
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_it_returns_a_verdict_for_a_hostile_document(name):
    verdict = check_html(NASTY[name], "https://www.example.go.th/")
    assert verdict.verdict in ("infected", "clean")
    assert 0.0 <= verdict.score <= 1.0


def test_check_page_accepts_odd_fetches():
    fetches = [Fetched("desktop", "not a url", "", 200, {}, "<p>x</p>", []),
               Fetched("phone", "https://a.go.th/", "https://a.go.th/", 500, {}, "", [])]
    assert check_page(fetches[:1]).verdict == "clean"
    assert check_page(fetches).verdict == "could_not_check"  # the phone's page was not seen
    assert check_page([]).findings[0].kind == "could_not_check"
