"""API token authentication for DRF and for plain views (the CKAN API uses it too).

Accepted forms of the Authorization header: `Token <t>`, `Bearer <t>`, and a bare `<t>`
(what CKAN clients such as ckanapi send).
"""

from rest_framework import authentication, exceptions

from pcio.accounts.models import ApiToken


def token_from_header(header: str):
    parts = (header or "").strip().split()
    if len(parts) == 2 and parts[0].lower() in ("token", "bearer"):
        return parts[1]
    if len(parts) == 1:
        return parts[0]
    return None


def user_from_request(request):
    raw = token_from_header(request.META.get("HTTP_AUTHORIZATION", ""))
    return ApiToken.user_for(raw) if raw else None


class TokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        raw = token_from_header(request.META.get("HTTP_AUTHORIZATION", ""))
        if not raw:
            return None
        user = ApiToken.user_for(raw)
        if user is None:
            raise exceptions.AuthenticationFailed("โทเคนไม่ถูกต้อง / Invalid token")
        return (user, raw)

    def authenticate_header(self, request):
        return "Token"


try:
    from drf_spectacular.extensions import OpenApiAuthenticationExtension

    class TokenScheme(OpenApiAuthenticationExtension):
        target_class = "pcio.accounts.tokens.TokenAuthentication"
        name = "tokenAuth"

        def get_security_definition(self, auto_schema):
            return {"type": "apiKey", "in": "header", "name": "Authorization",
                    "description": "Token <token> (from `pcio token USERNAME`)"}
except ImportError:  # pragma: no cover - drf-spectacular is a dependency
    pass
