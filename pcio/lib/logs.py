"""One structured log line per request: method, path, status, duration, user."""

import logging
import time
import uuid

log = logging.getLogger("pcio.request")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.id = request.headers.get("X-Request-ID") or uuid.uuid4().hex[:16]
        response = self.get_response(request)
        user = getattr(request, "user", None)
        fields = {
            "request_id": request.id,
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "user": user.get_username() if user and user.is_authenticated else None,
        }
        # the plain format prints only the message, so the message itself carries the facts
        log.info("%(method)s %(path)s %(status)s %(ms)sms", fields, extra=fields)
        response["X-Request-ID"] = request.id
        return response
