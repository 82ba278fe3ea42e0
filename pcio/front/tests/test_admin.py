def test_the_secretariat_uses_the_django_admin(client, secretariat, agency_a):
    client.force_login(secretariat)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/agencies/agency/").status_code == 200
    assert client.get(f"/admin/agencies/agency/{agency_a.pk}/change/").status_code == 200


def test_officers_and_committee_members_have_no_admin(client, officer_a, committee_member):
    for user in (officer_a, committee_member):
        client.force_login(user)
        assert client.get("/admin/").status_code == 302
