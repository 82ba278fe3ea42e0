import re
from datetime import date

from django import template
from django.utils import timezone

from pcio.lib import permissions, thai

register = template.Library()
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _local(value):
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        return timezone.localtime(value)
    return value


@register.filter
def thaidate(value, arg=""):
    """{{ d|thaidate }} 22 เมษายน 2568; "short": 22 เม.ย. 68; "weekday": วันอังคารที่ ...
    An ISO date written as text (a cell of a data file, a stored GD Catalog date) reads the
    same way; any other value is shown as it is."""
    if isinstance(value, str):
        value = _iso_date(value) or value
    if not hasattr(value, "year"):
        return "" if value is None else value
    return thai.thai_date(_local(value), short=arg == "short", weekday=arg == "weekday")


def _iso_date(text):
    if not ISO_DATE.fullmatch(text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


@register.filter
def thaidatetime(value, arg=""):
    return thai.thai_datetime(_local(value), short=arg == "short") if value else ""


@register.filter
def thaidigits(value):
    return thai.thai_digits(value)


@register.filter
def can_edit(user, obj):
    return permissions.can_edit(user, obj)


@register.filter
def role(user):
    return permissions.role_of(user)


@register.simple_tag(takes_context=True)
def page_url(context, page_number):
    """The current URL with only the page number changed (filters kept)."""
    query = context["request"].GET.copy()
    query["page"] = page_number
    return "?" + query.urlencode()
