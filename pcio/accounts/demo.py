"""Demo users: one per role. Passwords are random per installation, kept in the data folder."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

from pcio.agencies.models import Agency
from pcio.lib import permissions

USERS = [
    ("admin", permissions.ADMIN, None),
    ("officer", permissions.OFFICER, "NSO-NK"),
    ("committee", permissions.COMMITTEE, None),
]


def _passwords():
    path = settings.DATA_DIR / "demo-logins.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    for username, _, _ in USERS:
        known.setdefault(username, secrets.token_urlsafe(9))
    path.write_text(json.dumps(known))
    path.chmod(0o600)
    return known


def load():
    passwords = _passwords()
    User = get_user_model()
    for username, role, agency_code in USERS:
        user, created = User.objects.get_or_create(username=username)
        if created or not user.check_password(passwords[username]):
            user.set_password(passwords[username])
        user.is_staff = user.is_superuser = role == permissions.ADMIN
        user.save()
        user.profile.role = role
        user.profile.agency = Agency.objects.filter(code=agency_code).first()
        user.profile.save()
    return f"{len(USERS)} บัญชี"


def logins():
    passwords = _passwords()
    return [(username, passwords[username], role) for username, role, _ in USERS]
