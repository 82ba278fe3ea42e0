"""Error answers: a page in the site's layout (JSON under /api/), never a bare 500.

- A bad query parameter (pcio.lib.params.BadParameter) is a 400 naming it; so is a NUL
  character in any query or form parameter, refused before the view.
- A delete that other records block (PROTECT or RESTRICT foreign keys) is a 409 listing them.
- Django's require_POST and class-based views answer a wrong method with an empty 405; the
  middleware gives it a body.
- handler400/403/404/500 (pcio.urls) and CSRF failures render the same page.
DRF views answer these themselves, through pcio.api.exceptions.handler.
"""

from django.db.models import ProtectedError, RestrictedError
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pcio.lib import params
from pcio.lib.newlines import FORM_TYPES
from pcio.lib.params import BadParameter

BLOCKING = (ProtectedError, RestrictedError)
SHOWN = 20  # blocking records listed; the count says how many there are in all
TEMPLATE = "errors/page.html"
TITLES = {
    400: gettext_lazy("คำขอไม่ถูกต้อง"),
    403: gettext_lazy("ไม่มีสิทธิ์"),
    404: gettext_lazy("ไม่พบหน้านี้"),
    405: gettext_lazy("หน้านี้ไม่รับคำขอแบบนี้"),
    409: gettext_lazy("ลบไม่ได้ เพราะยังมีข้อมูลอื่นอ้างถึง"),
    500: gettext_lazy("ระบบขัดข้อง"),
}


def blockers(exc):
    """The records that stop a delete: {"blocked_by": first SHOWN, "blocked_by_count": all}."""
    objects = getattr(exc, "protected_objects", None) or getattr(exc, "restricted_objects", ())
    records = sorted(objects, key=lambda obj: (obj._meta.label_lower, obj.pk))
    return {"blocked_by": [_record(obj) for obj in records[:SHOWN]],
            "blocked_by_count": len(records)}


def _record(obj):
    return {"model": obj._meta.label_lower, "model_name": str(obj._meta.verbose_name),
            "id": obj.pk, "str": str(obj)}


def bad_parameter(request, exc):
    """400 naming the parameter: in the API as a serializer names a field."""
    if request.path.startswith("/api/"):
        return JsonResponse({exc.name: [exc.message]}, status=400,
                            json_dumps_params={"ensure_ascii": False})
    message = _("พารามิเตอร์ %(name)s: %(message)s") % {"name": exc.name, "message": exc.message}
    return error(request, 400, message)


def error(request, status, message="", **extra):
    """The answer for `status`: JSON under /api/, else a page in the layout."""
    if request.path.startswith("/api/"):
        body = {"detail": str(message or TITLES[status]), **extra}
        return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    context = {"status": status, "title": TITLES[status], "message": message, **extra}
    return render(request, TEMPLATE, context, status=status)


class ErrorPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            params.refuse_nul(request.GET)
            if request.method == "POST" and request.content_type in FORM_TYPES:
                params.refuse_nul(request.POST)
        except BadParameter as exc:
            return self.process_exception(request, exc)
        response = self.get_response(request)
        if response.status_code == 405 and _empty(response) and request.method != "HEAD":
            return _not_allowed(request, response.get("Allow", ""))
        return response

    def process_exception(self, request, exc):
        if isinstance(exc, BadParameter):
            return bad_parameter(request, exc)
        if isinstance(exc, BLOCKING):
            return error(request, 409, TITLES[409], **blockers(exc))
        return None


def _empty(response):
    return not getattr(response, "streaming", False) and not response.content


def _not_allowed(request, allowed):
    message = _("หน้านี้รับเฉพาะ %(allowed)s ไม่รับ %(method)s") % {
        "allowed": allowed, "method": request.method}
    response = error(request, 405, message)
    response["Allow"] = allowed
    return response


def bad_request(request, exception):
    return error(request, 400)


def permission_denied(request, exception):
    # pcio's PermissionDenied messages are written for the user ("เฉพาะฝ่ายเลขานุการ").
    return error(request, 403, str(exception))


def page_not_found(request, exception):
    return error(request, 404)


def csrf_failure(request, reason=""):
    return error(request, 403, _("แบบฟอร์มหมดอายุหรือเปิดค้างไว้นาน กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง"))


def server_error(request):
    try:
        return error(request, 500)
    except Exception:  # noqa: BLE001 - whatever broke the request (the database?) may break this
        return HttpResponseServerError(render_to_string(TEMPLATE, {"status": 500,
                                                                   "title": TITLES[500]}))
