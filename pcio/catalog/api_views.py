"""HTTP side of the CKAN Action API: parse GET/JSON/multipart, authenticate the token, wrap
the result in CKAN's envelope with CKAN's status codes."""

import json
from contextlib import nullcontext

from auditlog.context import set_actor
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from pcio.accounts.tokens import user_from_request
from pcio.catalog import ckan
from pcio.lib import params
from pcio.lib.params import BadParameter


def _envelope(request, name, status, **body):
    help_url = request.build_absolute_uri(f"/api/3/action/help_show?name={name}")
    return JsonResponse({"help": help_url, **body}, status=status,
                        json_dumps_params={"ensure_ascii": False})


def _params(request) -> dict:
    if request.method == "GET":
        return {k: v for k, v in request.GET.items()}
    if request.content_type == "application/json" or not request.content_type:
        body = request.body.decode("utf-8") or "{}"
        try:
            data = json.loads(body)
        except ValueError:
            raise ckan.ActionError("อ่าน JSON ไม่ได้ / could not parse JSON body") from None
        if not isinstance(data, dict):
            raise ckan.ActionError("ข้อมูลต้องเป็น JSON object")
        params.refuse_nul(data)
        return data
    data = {k: v for k, v in request.POST.items()}
    data.update({k: v for k, v in request.FILES.items()})
    return data


def _user(request):
    if request.META.get("HTTP_AUTHORIZATION", "").strip():
        user = user_from_request(request)
        if user is None:
            raise ckan.NotAuthorized("โทเคนไม่ถูกต้อง / invalid API token")
        return user
    # A browser session counts for reading only: writes need a token (no CSRF here).
    return request.user if request.method == "GET" else None


@csrf_exempt
def action(request, name):
    function = ckan.ACTIONS.get(name)
    if function is None:
        return _envelope(request, name, 400, success=False, error={
            "__type": "Bad Request", "message": f"Bad request - Action name not known: {name}"})
    if request.method not in ("GET", "POST"):
        return _envelope(request, name, 405, success=False, error={
            "__type": "Bad Request", "message": "ใช้ได้เฉพาะ GET และ POST"})
    try:
        if name in ckan.WRITES and request.method != "POST":
            raise ckan.ActionError("การเปลี่ยนแปลงข้อมูลต้องใช้ POST / writes need POST")
        ctx = ckan.Context(_user(request), request.build_absolute_uri("/"))
        # Token writes are audited under the token's user (the audit middleware cannot see it).
        signed_in = ctx.user is not None and ctx.user.is_authenticated
        with transaction.atomic(), set_actor(ctx.user) if signed_in else nullcontext():
            result = function(ctx, _params(request))
    except BadParameter as exc:
        invalid = ckan.ValidationError(**{exc.name: [exc.message]})
        return _envelope(request, name, invalid.status, success=False, error=invalid.error())
    except ckan.ActionError as exc:
        return _envelope(request, name, exc.status, success=False, error=exc.error())
    return _envelope(request, name, 200, success=True, result=result)
