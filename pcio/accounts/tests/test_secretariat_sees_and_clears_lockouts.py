"""The secretariat sees who is locked out in the Django admin and can lift a lockout."""

from axes.models import AccessAttempt
from django.test import Client


def test_the_secretariat_lists_and_clears_a_lockout_in_the_admin(try_login, lock_out,
                                                                officer_a, secretariat):
    lock_out(officer_a)
    admin = Client()
    admin.force_login(secretariat)
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "officer_a" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="officer_a")
    response = admin.post("/admin/axes/accessattempt/", {
        "action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"})
    assert response.status_code == 302
    assert try_login(officer_a).status_code == 302


def test_an_officer_cannot_see_lockouts(client, officer_a):
    client.force_login(officer_a)
    assert client.get("/admin/axes/accessattempt/").status_code == 302
