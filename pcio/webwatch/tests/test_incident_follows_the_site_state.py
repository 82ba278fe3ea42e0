from pcio.webwatch.models import Incident, IncidentState
from pcio.webwatch.scanning import run_scan
from pcio.webwatch.tests.pages import SPAM, clean


def test_an_infection_opens_one_incident_which_a_clean_scan_closes(watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    incident = Incident.objects.get(site=watched)
    assert incident.state == IncidentState.OPEN
    assert incident.evidence and incident.evidence[0]["url"].endswith("/news")
    run_scan(watched)
    assert Incident.objects.filter(site=watched).count() == 1
    watched.server.page("/news", clean())
    last = run_scan(watched)
    incident.refresh_from_db()
    assert incident.state == IncidentState.CLOSED and incident.closed_at
    assert incident.last_scan == last


def test_an_unreachable_scan_leaves_the_incident_open(watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    watched.server.close()
    run_scan(watched)
    assert Incident.objects.get(site=watched).state == IncidentState.OPEN


def test_an_infected_page_from_the_last_scan_is_checked_again_even_if_no_longer_linked(watched):
    watched.server.page("/news", SPAM)
    run_scan(watched)
    watched.server.page("/", clean())  # the link is gone, the planted page is still there
    scan = run_scan(watched)
    assert scan.pages.filter(url__endswith="/news", verdict="infected").exists()
    assert Incident.objects.get(site=watched).state == IncidentState.OPEN
