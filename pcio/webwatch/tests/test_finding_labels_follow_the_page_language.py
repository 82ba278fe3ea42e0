"""Every finding kind, persona and verdict is named in the page's language: Thai on a Thai
page, English after the switch to English, and never as the detector's code."""

import re

import pytest

from pcio.webwatch import detect
from pcio.webwatch.models import Incident, PageResult


@pytest.fixture
def every_finding(make_infected, agency_a):
    """An incident whose evidence holds every kind, each seen as one of the personas."""
    incident = make_infected(agency_a)
    personas = list(detect.PERSONA_LABELS)
    url = incident.site.url
    found = [{"url": url, "kind": kind, "persona": personas[n % len(personas)],
              "evidence": "x", "weight": 0.5} for n, kind in enumerate(detect.KINDS)]
    Incident.objects.filter(pk=incident.pk).update(evidence=found)
    PageResult.objects.filter(scan=incident.last_scan).update(
        findings=[{k: v for k, v in f.items() if k != "url"} for f in found])
    return incident


def _labels(html):
    """The text of each finding's badge and persona, and the site's status badge."""
    return re.findall(r'<span class="badge[^"]*">(.*?)</span>', html) + \
        re.findall(r"(?:View|มุมมอง): (.*?)</p>", html)


def _pages(client, incident):
    return [client.get(url).content.decode()
            for url in (incident.get_absolute_url(), incident.site.get_absolute_url())]


def test_a_thai_page_names_every_finding_and_persona_in_thai(client, every_finding,
                                                             secretariat):
    client.force_login(secretariat)
    incident_page, site_page = _pages(client, every_finding)
    for thai in list(detect.KINDS.values()) + list(detect.PERSONA_LABELS.values()):
        assert thai in incident_page
    assert "พบการฝังเว็บพนัน" in site_page


def test_an_english_page_names_every_finding_and_persona_in_english(client, every_finding,
                                                                    secretariat):
    client.force_login(secretariat)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    incident_page, site_page = _pages(client, every_finding)
    assert 'lang="en"' in incident_page
    for label in _labels(incident_page):
        assert not re.search(r"[\u0E00-\u0E7F]", label), label
    for thai in list(detect.KINDS.values()) + list(detect.PERSONA_LABELS.values()):
        assert thai not in incident_page and thai not in site_page
    assert "Gambling link hidden in the page" in incident_page
    assert "Googlebot on a phone" in incident_page
    assert "Gambling website injection found" in site_page


def test_no_page_shows_a_detector_code(client, every_finding, secretariat):
    client.force_login(secretariat)
    codes = set(detect.KINDS) | set(detect.PERSONA_LABELS)
    raw = codes | {c.replace("_", " ") for c in codes}
    for language in ("th", "en"):
        client.post("/i18n/setlang/", {"language": language, "next": "/"})
        for html in _pages(client, every_finding):
            text = re.sub(r"<[^>]+>", " ", html)
            assert not [c for c in codes if "_" in c and c in text], language
            assert not raw & {label.strip() for label in _labels(html)}, language
