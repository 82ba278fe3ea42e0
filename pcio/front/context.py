from django.apps import apps
from django.conf import settings
from django.urls import NoReverseMatch, reverse

from pcio.front import installation
from pcio.lib import permissions


def _nav(path):
    """Menu entries: each app config may set nav = (url name, label)."""
    items = []
    for config in apps.get_app_configs():
        name, label = getattr(config, "nav", (None, None))
        try:
            if name:
                url = reverse(name)
                items.append({"url": url, "label": label, "current": path.startswith(url)})
        except NoReverseMatch:
            continue
    return items


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "user_role": permissions.role_of(getattr(request, "user", None)),
        "nav_items": _nav(request.path),
        "province_name": installation.name(),
    }
