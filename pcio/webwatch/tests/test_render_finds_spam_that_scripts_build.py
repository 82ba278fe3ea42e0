"""Spam that a script assembles at run time (shifted character codes, a loop over
fragments, a packer around such a loop) cannot be decoded textually: static analysis calls
the page clean, Chromium shows the links, and the finding carries the rendered excerpt and
the script that wrote it."""

import pytest

from pcio.webwatch.tests import scripted

BUILDERS = {
    "charcode_shift": (scripted.charcode_shift, "fromCharCode(d[i]-7)"),
    "loop_fragments": (scripted.loop_fragments, "for(var k=n-1"),
    "packer": (lambda: scripted.packed(scripted.charcode_shift()), "eval(function(p,a,c,k,e,d)"),
}


@pytest.mark.browser
@pytest.mark.parametrize("form", BUILDERS)
def test_render_finds_spam_that_scripts_build(site, form):
    build, script_excerpt = BUILDERS[form]
    server = site()
    server.page("/", scripted.page(build()))
    url = server.url + "/"

    top = scripted.convicted_only_when_rendered(url)
    assert top.kind == "betting_link" and top.persona == "desktop"
    assert "rendered" in top.evidence and "ufabet-vip99.example" in top.evidence
    assert "inline script" in top.evidence and script_excerpt in top.evidence
