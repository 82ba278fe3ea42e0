from django.urls import reverse

from pcio.webwatch.models import Scan


def test_the_owning_officer_rechecks_a_site_now(client, watched, officer_a, officer_b):
    client.force_login(officer_b)
    assert client.post(reverse("webwatch_recheck", args=[watched.pk])).status_code == 403
    client.force_login(officer_a)
    response = client.post(reverse("webwatch_recheck", args=[watched.pk]))
    assert response.status_code == 302
    assert Scan.objects.get(site=watched).status == "clean"  # eager without a broker
    assert client.get(reverse("webwatch_recheck", args=[watched.pk])).status_code == 405
