"""A script that builds a gambling URL at run time and sends only visitors from Google
there is judged like a redirect chain (the target is never contacted: a navigation away is
stopped and recorded); a script that sends everyone to a page of the same site is not."""

import pytest

from pcio.webwatch.crawl import check_url
from pcio.webwatch.tests import scripted

TARGET = "https://ufa-bet77.example/th/"
CODES = ",".join(str(ord(c) + 5) for c in TARGET)
SNEAKY = (f"var c=[{CODES}],u='';for(var i=0;i<c.length;i++)u+=String.fromCharCode(c[i]-5);"
          "if(/google/.test(document.referrer)){window.location.href=u;}")


@pytest.mark.browser
def test_a_script_navigation_for_google_visitors_is_a_redirect(site):
    server = site()
    server.page("/", scripted.page(SNEAKY))
    url = server.url + "/"

    top = scripted.convicted_only_when_rendered(url)
    assert top.kind == "js_redirect" and top.persona == "phone_google"
    assert f"{url} [200] → {TARGET}" in top.evidence
    assert "ufa" in top.evidence and "inline script" in top.evidence


@pytest.mark.browser
def test_a_script_navigation_within_the_site_is_followed_and_clean(site):
    server = site()
    server.page("/", scripted.page("location.replace('/th/');"))
    server.page("/th/", scripted.page("", title="หน้าภาษาไทย"))

    page = check_url(server.url + "/", allow_private=True, render=True)

    assert page.verdict == "clean", page.findings
    assert "/th/" in [path for path, _ in server.requests]
