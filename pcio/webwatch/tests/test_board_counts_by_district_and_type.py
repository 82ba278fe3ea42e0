from django.urls import reverse

from pcio.webwatch.models import Site


def test_the_board_counts_sites_by_status_district_and_agency_type(client, make_infected,
                                                                   agency_a, agency_b,
                                                                   secretariat):
    make_infected(agency_a)
    Site.objects.create(agency=agency_b, url="https://clean.example.go.th/", status="clean")
    Site.objects.create(agency=agency_b, url="https://down.example.go.th/",
                        status="unreachable")
    client.force_login(secretariat)
    response = client.get(reverse("webwatch"))
    assert response.context["totals"] == {"clean": 1, "infected": 1, "unreachable": 1,
                                          "unknown": 0}
    types = {row["key"]: row["cells"] for row in response.context["types"]}
    assert types == {"central": [0, 1, 0, 0], "municipality": [1, 0, 1, 0]}
    [district] = response.context["districts"]
    assert district["label"] == "เมืองหนองคาย" and district["total"] == 3
    only_infected = client.get(reverse("webwatch"), {"status": "infected"})
    assert [s.url for s in only_infected.context["page"]] == ["https://www.example.go.th/"]


def test_the_board_and_site_pages_use_the_same_number_of_queries_at_any_size(
        client, make_infected, make_agency, secretariat, django_assert_max_num_queries):
    client.force_login(secretariat)
    incidents = [make_infected(make_agency(f"X{i}"), f"https://s{i}.example.go.th/")
                 for i in range(3)]

    def count(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count(reverse("webwatch"))
    site_small = count(incidents[0].site.get_absolute_url())
    for i in range(3, 20):
        make_infected(make_agency(f"X{i}"), f"https://s{i}.example.go.th/")
    assert count(reverse("webwatch")) == small
    assert count(incidents[0].site.get_absolute_url()) == site_small
    with django_assert_max_num_queries(15):
        client.get(incidents[0].get_absolute_url())
