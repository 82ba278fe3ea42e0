def test_an_officer_changes_their_own_password(client, officer_a):
    client.force_login(officer_a)
    response = client.post("/password/", {"old_password": "pass-pcio-1234",
                                          "new_password1": "Mekong-river-2568",
                                          "new_password2": "Mekong-river-2568"})
    assert response.status_code == 302
    officer_a.refresh_from_db()
    assert officer_a.check_password("Mekong-river-2568")


def test_the_password_page_needs_a_login(client, db):
    assert client.get("/password/").status_code == 302
