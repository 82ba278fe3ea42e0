"""Line breaks in form posts as stored text keeps them: LF.

Browsers send every line break of a textarea as CRLF (the HTML standard says they must), and
Django passes it on, so a form saved without a change rewrote each multi-line text it showed
("\\n" stored, "\\r\\n" saved). Normalising here, where every form post enters, covers each
form and each view that reads request.POST, now and later. JSON bodies and files are left
alone.
"""

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class FormNewlinesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in FORM_TYPES:
            request.POST = unix_newlines(request.POST)
        return self.get_response(request)


def unix_newlines(data):
    data = data.copy()
    for key, values in data.lists():
        data.setlist(key, [v.replace("\r\n", "\n").replace("\r", "\n") for v in values])
    data._mutable = False
    return data
