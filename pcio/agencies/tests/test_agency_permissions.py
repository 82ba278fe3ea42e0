"""An officer of agency A tries to change agency B through the page, the form and the API."""

from pcio.agencies.models import Agency

FORM = {"name_th": "ชื่อที่ถูกแก้", "name_en": "", "short_name": "", "contact_name": "",
        "phone": "", "email": "", "email_domain": "", "websites": ""}


def test_an_officer_edits_their_own_agency_through_the_form(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(f"/agencies/{agency_a.code}/edit/", FORM)
    assert response.status_code == 302
    assert Agency.objects.get(pk=agency_a.pk).name_th == "ชื่อที่ถูกแก้"


def test_an_officer_cannot_open_another_agencys_edit_page(client, officer_a, agency_b):
    client.force_login(officer_a)
    assert client.get(f"/agencies/{agency_b.code}/edit/").status_code == 403


def test_an_officer_cannot_post_the_form_of_another_agency(client, officer_a, agency_b):
    client.force_login(officer_a)
    assert client.post(f"/agencies/{agency_b.code}/edit/", FORM).status_code == 403
    assert Agency.objects.get(pk=agency_b.pk).name_th == agency_b.name_th


def test_an_officer_cannot_change_another_agency_through_the_api(api_client, officer_a,
                                                                 agency_b, token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.patch(f"/api/v1/agencies/{agency_b.code}/", {"name_th": "x"},
                                format="json")
    assert response.status_code == 403
    assert Agency.objects.get(pk=agency_b.pk).name_th == agency_b.name_th


def test_an_officer_changes_their_own_agency_through_the_api(api_client, officer_a, agency_a,
                                                             token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.patch(f"/api/v1/agencies/{agency_a.code}/",
                                {"phone": "042-000-000"}, format="json")
    assert response.status_code == 200
    assert Agency.objects.get(pk=agency_a.pk).phone == "042-000-000"


def test_an_officer_cannot_move_their_agency_to_another_type(api_client, officer_a, agency_a,
                                                            token_for):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    response = api_client.patch(f"/api/v1/agencies/{agency_a.code}/", {"type": "sao"},
                                format="json")
    assert response.status_code == 403
    assert Agency.objects.get(pk=agency_a.pk).type == "central"


def test_the_form_keeps_an_officers_agency_code_as_registered(client, officer_a, agency_a):
    client.force_login(officer_a)
    client.post(f"/agencies/{agency_a.code}/edit/", dict(FORM, code="STOLEN", type="sao"))
    agency = Agency.objects.get(pk=agency_a.pk)
    assert (agency.code, agency.type) == ("A", "central")


def test_a_committee_member_reads_but_cannot_edit(client, committee_member, agency_a):
    client.force_login(committee_member)
    assert client.get(agency_a.get_absolute_url()).status_code == 200
    assert client.get(f"/agencies/{agency_a.code}/edit/").status_code == 403


def test_the_public_reads_the_registry_but_cannot_write_through_the_api(client, api_client,
                                                                       agency_a):
    assert client.get("/agencies/").status_code == 200
    assert api_client.get("/api/v1/agencies/").json()["count"] == 1
    response = api_client.patch(f"/api/v1/agencies/{agency_a.code}/", {"name_th": "x"},
                                format="json")
    assert response.status_code in (401, 403)


def test_only_the_secretariat_creates_and_imports_agencies(client, api_client, officer_a,
                                                          secretariat, token_for):
    client.force_login(officer_a)
    assert client.get("/agencies/new/").status_code == 403
    assert client.get("/agencies/import/").status_code == 403
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(officer_a)}")
    new = {"code": "NEW", "name_th": "ใหม่", "type": "other"}
    assert api_client.post("/api/v1/agencies/", new, format="json").status_code == 403
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(secretariat)}")
    assert api_client.post("/api/v1/agencies/", new, format="json").status_code == 201


def test_a_bad_token_is_refused(api_client, agency_a):
    api_client.credentials(HTTP_AUTHORIZATION="Token pcio_not-a-real-token")
    assert api_client.get("/api/v1/agencies/").status_code == 401
