def test_officers_list_their_own_sites_and_cannot_add_one_for_another_agency(
        api_client, token_for, officer_a, agency_a, agency_b, make_infected):
    make_infected(agency_a, "https://a.example.go.th/")
    make_infected(agency_b, "https://b.example.go.th/")
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    sites = api_client.get("/api/v1/webwatch/sites/").json()["results"]
    assert [s["url"] for s in sites] == ["https://a.example.go.th/"]
    incidents = api_client.get("/api/v1/webwatch/incidents/").json()["results"]
    assert [i["site"] for i in incidents] == ["https://a.example.go.th/"]
    refused = api_client.post("/api/v1/webwatch/sites/",
                              {"url": "https://new.example.go.th/", "agency": "B"})
    assert refused.status_code == 403
    made = api_client.post("/api/v1/webwatch/sites/",
                           {"url": "https://new.example.go.th/", "agency": "A"})
    assert made.status_code == 201 and made.json()["status"] == "unknown"


def test_the_public_sees_no_sites(api_client, agency_a, make_infected):
    make_infected(agency_a)
    assert api_client.get("/api/v1/webwatch/sites/").json()["results"] == []
