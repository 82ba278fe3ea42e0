from django.urls import reverse


def test_the_owning_officer_changes_the_schedule_and_another_officer_cannot(
        client, make_infected, agency_a, officer_a, officer_b):
    site = make_infected(agency_a).site
    url = reverse("webwatch_site_edit", args=[site.pk])
    client.force_login(officer_b)
    assert client.post(url, {"interval_hours": 6}).status_code == 403
    client.force_login(officer_a)
    response = client.post(url, {"active": "on", "interval_hours": 6, "max_pages": 50})
    assert response.status_code == 302
    site.refresh_from_db()
    assert (site.interval_hours, site.max_pages, site.active) == (6, 50, True)


def test_an_impossible_interval_gets_a_thai_error_and_changes_nothing(
        client, make_infected, agency_a, officer_a):
    site = make_infected(agency_a).site
    client.force_login(officer_a)
    response = client.post(reverse("webwatch_site_edit", args=[site.pk]),
                           {"active": "on", "interval_hours": 0, "max_pages": 0})
    assert response.status_code == 400
    assert "ตรวจได้ทุก 1 ถึง 744 ชั่วโมง" in response.content.decode()
    site.refresh_from_db()
    assert site.interval_hours == 24
