from pcio.readiness.models import SurveyYear


def test_the_results_endpoint_gives_the_seed_figures(api_client, years):
    data = api_client.get("/api/v1/readiness/results/", {"unit": "43"}).json()
    assert [(r["year"], r["overall"], r["level"]) for r in data] == [(2566, 39.78, 2),
                                                                     (2567, 70.93, 3)]
    assert data[1]["kpi_targets"] == {"basic": 60.93, "standard": 70.93, "advanced": 75.93}


def test_the_public_gets_only_published_years(api_client, years, token_for, committee_member):
    SurveyYear.objects.filter(year=2567).update(results_published=False)
    data = api_client.get("/api/v1/readiness/results/").json()
    assert [r["year"] for r in data] == [2566]
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_for(committee_member)}")
    data = api_client.get("/api/v1/readiness/results/").json()
    assert [r["year"] for r in data] == [2566, 2567]


def test_progress_is_for_signed_in_users_and_an_officer_sees_their_agency(
        api_client, question_a, question_b, officer_a, secretariat):
    assert api_client.get("/api/v1/readiness/progress/").status_code in (401, 403)
    api_client.force_authenticate(officer_a)
    data = api_client.get("/api/v1/readiness/progress/", {"year": 2568}).json()
    assert [a["agency"] for a in data["agencies"]] == ["A"]
    api_client.force_authenticate(secretariat)
    data = api_client.get("/api/v1/readiness/progress/", {"year": 2568}).json()
    assert sorted(a["agency"] for a in data["agencies"]) == ["A", "B"]
    # The questions were due on 30 May 2568, so they are overdue today.
    assert data["pillars"] == [
        {"pillar": 1, "assigned": 1, "answered": 0, "accepted": 0, "overdue": 1},
        {"pillar": 4, "assigned": 1, "answered": 0, "accepted": 0, "overdue": 1}]
