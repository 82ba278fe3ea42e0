"""Query parameters read the same way by every page and API view.

A bad value (?year=abc, ?page=0, a number past what the database stores) is the caller's
mistake. Each helper raises BadParameter naming the parameter; pcio.lib.errors (pages) and
pcio.api.exceptions (the API) answer it with a 400 that says which parameter and why, where
int() or the database would have raised a 500.
"""

from django.utils.translation import gettext as _

# No query parameter needs more: an offset of that many pages still fits a 64-bit integer,
# past which SQLite raises OverflowError and PostgreSQL a DataError.
LARGEST = 2**31 - 1


class BadParameter(ValueError):
    def __init__(self, name, message):
        super().__init__(f"{name}: {message}")
        self.name, self.message = name, str(message)


def refuse_nul(data):
    """BadParameter for the first parameter holding a NUL character (0x00), in a QueryDict or
    in JSON's dicts and lists. PostgreSQL cannot compare or store text holding one (DataError,
    a 500 wherever a value reaches a query); no one types it, so it is refused on the way in."""
    if not isinstance(data, dict):  # a QueryDict is one
        data = {"body": data}
    for name, value in (data.lists() if hasattr(data, "lists") else data.items()):
        if _has_nul(name) or _has_nul(value):
            raise BadParameter(name.replace("\x00", "\\x00"), _("มีอักขระ NUL (0x00)"))


def _has_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False


def integer(params, name, default=None, low=-LARGEST, high=LARGEST):
    """The parameter as an int between low and high; `default` when it is absent or empty."""
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = raw if isinstance(raw, int) else int(str(raw).strip())
    except ValueError:
        raise BadParameter(name, _("ต้องเป็นจำนวนเต็ม")) from None
    return _within(name, value, low, high)


def _within(name, value, low, high):
    if low is not None and value < low:
        raise BadParameter(name, _("ต้องไม่น้อยกว่า %(low)s") % {"low": low})
    if high is not None and value > high:
        raise BadParameter(name, _("ต้องไม่เกิน %(high)s") % {"high": high})
    return value


def text(params, name, default=""):
    """The parameter as text: a JSON body (the CKAN API) may send a number, list or object."""
    raw = params.get(name)
    if raw is None:
        return default
    if not isinstance(raw, str):
        raise BadParameter(name, _("ต้องเป็นข้อความ"))
    return raw


def page(params, name="page"):
    """A page number: 1 when absent."""
    return integer(params, name, 1, low=1)


def choice(params, name, choices, default=None):
    """One of `choices` (strings); `default` when absent or empty."""
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if raw not in choices:
        allowed = ", ".join(str(c) for c in choices)
        raise BadParameter(name, _("ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %(allowed)s") % {"allowed": allowed})
    return raw
