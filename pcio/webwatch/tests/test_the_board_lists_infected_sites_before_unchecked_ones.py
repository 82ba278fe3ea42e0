"""The board puts what needs action first: an infected site sorts before unreachable ones,
sites not yet checked and clean ones, whatever their names (it was last, on page 2)."""

from django.urls import reverse

from pcio.webwatch.models import Site


def test_the_only_infected_site_is_first_on_page_one(client, agency_a, secretariat, settings):
    settings.PCIO_PAGE_SIZE = 5
    for n in range(8):
        Site.objects.create(agency=agency_a, url=f"https://a{n}.example.go.th/")
    Site.objects.create(agency=agency_a, url="https://clean.example.go.th/", status="clean")
    Site.objects.create(agency=agency_a, url="https://down.example.go.th/", status="unreachable")
    Site.objects.create(agency=agency_a, url="https://zz.example.go.th/", status="infected")
    client.force_login(secretariat)
    shown = [site.url for site in client.get(reverse("webwatch")).context["page"]]
    assert shown[:2] == ["https://zz.example.go.th/", "https://down.example.go.th/"]
    last = client.get(reverse("webwatch"), {"page": 3}).context["page"]
    assert [site.url for site in last][-1] == "https://clean.example.go.th/"
