"""Browsers post a textarea's line breaks as CRLF; a form saved unchanged must store the LF
text it showed, so every form post reaches its view with LF line breaks. JSON and files
arrive as sent."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import JsonResponse
from django.test import RequestFactory

from pcio.lib.newlines import FormNewlinesMiddleware


def _seen(request):
    middleware = FormNewlinesMiddleware(lambda r: JsonResponse({
        "post": r.POST.dict(), "file": r.FILES["f"].read().decode() if r.FILES else None,
        "body": r.body.decode() if r.content_type == "application/json" else None}))
    return json.loads(middleware(request).content)


def test_a_posted_form_has_lf_line_breaks():
    request = RequestFactory().post("/", {"body": "บรรทัดหนึ่ง\r\nบรรทัดสอง\rสาม", "n": "1"})
    assert _seen(request)["post"] == {"body": "บรรทัดหนึ่ง\nบรรทัดสอง\nสาม", "n": "1"}


def test_a_form_with_a_file_keeps_the_file_as_sent():
    upload = SimpleUploadedFile("a.csv", b"a,b\r\n1,2\r\n")
    seen = _seen(RequestFactory().post("/", {"note": "ก\r\nข", "f": upload}))
    assert (seen["post"], seen["file"]) == ({"note": "ก\nข"}, "a,b\r\n1,2\r\n")


def test_a_json_body_is_left_alone():
    request = RequestFactory().post("/", json.dumps({"notes": "ก\r\nข"}),
                                    content_type="application/json")
    assert json.loads(_seen(request)["body"]) == {"notes": "ก\r\nข"}
