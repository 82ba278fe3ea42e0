from django.conf import settings

from pcio.lib import permissions


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "user_role": permissions.role_of(getattr(request, "user", None)),
    }
