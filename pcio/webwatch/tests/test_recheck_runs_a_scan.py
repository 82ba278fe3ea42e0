import pytest
from django.urls import reverse

from pcio.webwatch.models import Scan


@pytest.mark.django_db(transaction=True)
def test_the_owning_officer_rechecks_a_site_now(client, watched, officer_a, officer_b,
                                                background_scans):
    client.force_login(officer_b)
    assert client.post(reverse("webwatch_recheck", args=[watched.pk])).status_code == 403
    client.force_login(officer_a)
    response = client.post(reverse("webwatch_recheck", args=[watched.pk]))
    assert response.status_code == 302
    background_scans()  # without a broker: a thread of the web process
    assert Scan.objects.get(site=watched).status == "clean"
    assert client.get(reverse("webwatch_recheck", args=[watched.pk])).status_code == 405
