"""An agency's own readiness scores: the agency and the committee see them before publication."""

from decimal import Decimal

from django.urls import reverse

from pcio.readiness.models import Score, SurveyYear


def _agency_scores(years, agency):
    year = years[2568]
    for pillar in range(1, 8):
        Score.objects.create(year=year, agency=agency, pillar=pillar, score=Decimal("60"))
    SurveyYear.objects.filter(year=2568).update(results_published=False)


def test_an_officer_sees_their_agencys_unpublished_results(client, years, agency_a,
                                                           officer_a):
    _agency_scores(years, agency_a)
    client.force_login(officer_a)
    response = client.get(reverse("readiness_unit", args=["a", "A", 2568]))
    assert response.status_code == 200 and "60.00" in response.content.decode()


def test_another_agencys_officer_and_the_public_do_not(client, years, agency_a, officer_b):
    _agency_scores(years, agency_a)
    url = reverse("readiness_unit", args=["a", "A", 2568])
    assert client.get(url).status_code == 403
    client.force_login(officer_b)
    assert client.get(url).status_code == 403
