import pytest


@pytest.fixture
def try_login(client):
    """Post the login form as a browser would; extra keywords become request headers/META."""

    def attempt(user, password="pass-pcio-1234", **meta):
        return client.post("/login/", {"username": user.username, "password": password}, **meta)

    return attempt


@pytest.fixture
def lock_out(try_login, settings):
    """Enough wrong passwords to lock this user out from this address."""

    def lock(user, **meta):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = try_login(user, "wrong-password", **meta)
        assert response.status_code == 429
        return response

    return lock
