"""Login lockout with django-axes (settings: PCIO_LOGIN_FAILURES, PCIO_LOGIN_LOCKOUT_MINUTES,
PCIO_TRUSTED_PROXIES): the client address a failure counts against, and the page a
locked-out user sees instead of a bare error."""

import ipaddress

from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Max
from django.shortcuts import render


def _ip(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(ip):
    networks = (ipaddress.ip_network(n, strict=False) for n in settings.PCIO_TRUSTED_PROXIES)
    return ip is not None and any(ip in network for network in networks)


def client_ip(request):
    """REMOTE_ADDR, unless that is one of our proxies: then the nearest X-Forwarded-For hop
    that is not. Hops further left were written by the client and prove nothing."""
    remote = request.META.get("REMOTE_ADDR") or None
    if not _trusted(_ip(remote or "")):
        return remote
    hops = [_ip(hop) for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(hops):
        if not _trusted(hop):
            # A hop that is no address means the proxy did not write it: count the proxy.
            return str(hop) if hop else remote
    return remote


def unlocks_at(request, credentials=None):
    """When the lockout of this username from this address ends."""
    last = AccessAttempt.objects.filter(
        username=get_client_username(request, credentials),
        ip_address=request.axes_ip_address,
    ).aggregate(last=Max("attempt_time"))["last"]
    return last + settings.AXES_COOLOFF_TIME if last else None


def locked_out(request, original_response=None, credentials=None):
    """The login page again, saying why and until when (429 Too Many Requests)."""
    context = {
        "form": AuthenticationForm(request),
        "locked_out": True,
        "failures": settings.AXES_FAILURE_LIMIT,
        "minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
        "unlocks_at": unlocks_at(request, credentials),
        "next": request.POST.get("next", ""),
    }
    return render(request, "registration/login.html", context, status=429)
