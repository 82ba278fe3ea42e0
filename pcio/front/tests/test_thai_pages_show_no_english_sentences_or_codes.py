"""A Thai page reads in Thai: one page per app for each role (the home page and every menu
entry), the record pages and edit forms of screens.py and the admin index, opened in Chromium
with Accept-Language: th, show no run of three or more English words outside the proper names
below, and no raw code (hidden_link, could_not_check) where a civil servant reads."""

import re

import pytest

from pcio.front.tests.screens import by_role, open_as, screen_set

# Names of systems, programmes and standards: English is their name, not a translation gap.
PROPER_NAMES = (
    "Policies & Practices", "GD Catalog", "Data Catalog", "Government Cyber Safe",
    "Smart Back Office", "Meta Verified", "LINE Official Account", "Open Government Data",
    "Government Data Catalog", "Digital Government", "Google Search Console",
    "Creative Commons Attribution", "Open Data Common", "Thai Government Data",
    "Provincial Chief Information Officer Committee", "CKAN API", "DCAT-AP", "JSON-LD",
    "RDF/XML", "Turtle", "Data Governance Council", "Arc/Info Coverage",
    # DGA's pillars, as the survey names them beside their Thai names
    "Data-driven Practices", "Secure and Efficient Infrastructure",
    "Digital Technological Practices",
)
# Creative Commons codes and workD's services (workD Mail, workD Cloud Storage) are names too
LICENCES = re.compile(r"\bCC BY(?:-[A-Z]{2})*\b|\b[wW]orkD(?: [A-Z][a-z]+)+")
# web and mail addresses and URL paths (/api/3/action/package_search) are not words
ADDRESSES = re.compile(r"\S+://\S+|\S+@\S+|\S+\.(?:go|or|ac|co|in)\.th\S*|(?<!\S)/\S+")
WORD = r"[A-Za-z][A-Za-z'’.-]*"
ENGLISH_RUN = re.compile(rf"{WORD}(?:[ \t,&/-]+{WORD}){{2,}}")
CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def english_runs(text):
    for name in PROPER_NAMES:
        text = text.replace(name, " · ")
    text = LICENCES.sub(" · ", ADDRESSES.sub(" · ", text))
    return ENGLISH_RUN.findall(text), CODE.findall(text)


@pytest.fixture(scope="module")
def screens(demo_site):
    with demo_site.unblock():
        return [*screen_set(), *_more_records(), ("admin", "/admin/")]


def _more_records():
    """Pages the menu and the edit-form walk do not reach but officers read: an incident's
    evidence (finding codes were shown there) and the third-party apps in the admin."""
    from pcio.webwatch.models import Incident

    incident = Incident.objects.order_by("pk").first()
    pages = [("admin", "/admin/auditlog/logentry/"), ("admin", "/admin/axes/accessattempt/")]
    return pages + ([("admin", incident.get_absolute_url())] if incident else [])


@pytest.mark.browser
def test_thai_pages_show_no_english_sentences_or_codes(screens, on_demo_site, browser,
                                                       live_server):
    found = {}
    for role, urls in by_role(screens).items():  # one signed-in browser context per role
        page = open_as(browser, live_server, role, 1280)
        try:
            page.context.set_extra_http_headers({"Accept-Language": "th"})
            for url in urls:
                page.goto(live_server.url + url)
                runs, codes = english_runs(page.inner_text("body"))
                if runs or codes:
                    found[f"{url} as {role}"] = sorted(set(runs)) + sorted(set(codes))
        finally:
            page.context.close()
    assert not found, "\n".join(f"{name}: {problems}" for name, problems in found.items())
