import pytest
from django.urls import reverse

from pcio.webwatch.models import IncidentState


@pytest.fixture
def incident(make_infected, agency_a):
    return make_infected(agency_a)


def test_the_public_is_sent_to_sign_in(client, incident):
    for url in (reverse("webwatch"), incident.get_absolute_url(),
                incident.site.get_absolute_url()):
        assert client.get(url).status_code == 302


def test_an_officer_sees_only_the_own_agencys_sites(client, incident, officer_a, officer_b):
    client.force_login(officer_b)
    assert incident.site.url not in client.get(reverse("webwatch")).content.decode()
    assert client.get(incident.get_absolute_url()).status_code == 403
    client.force_login(officer_a)
    assert incident.site.url in client.get(reverse("webwatch")).content.decode()
    assert client.get(incident.get_absolute_url()).status_code == 200


def test_committee_members_read_everything_but_cannot_acknowledge(client, incident,
                                                                  committee_member):
    client.force_login(committee_member)
    assert client.get(incident.get_absolute_url()).status_code == 200
    assert client.post(reverse("webwatch_ack", args=[incident.pk])).status_code == 403
    assert client.post(reverse("webwatch_recheck", args=[incident.site.pk])).status_code == 403


def test_the_owning_officer_acknowledges_and_another_officer_cannot(client, incident,
                                                                    officer_a, officer_b):
    client.force_login(officer_b)
    assert client.post(reverse("webwatch_ack", args=[incident.pk])).status_code == 403
    client.force_login(officer_a)
    assert client.post(reverse("webwatch_ack", args=[incident.pk])).status_code == 302
    incident.refresh_from_db()
    assert incident.state == IncidentState.ACK and incident.acknowledged_by == officer_a
