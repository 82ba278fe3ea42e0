"""Query parameters of the API's list endpoints: filters and page numbers.

A viewset declares its filters, `filter_params = {"agency": "agency__code"}`; ParamFilter
(the default filter backend) applies them with by_params and describes them in the OpenAPI
schema, so clients and the schema-driven fuzz test see them. Every value is read by the
model field's type through pcio.lib.params: ?meeting=abc, a number past the column's range or
a status that is not one of its choices is a 400 naming the parameter, not a 500.
"""

from django.core.exceptions import ValidationError
from django.db import connection, models
from rest_framework.filters import BaseFilterBackend
from rest_framework.pagination import PageNumberPagination

from pcio.lib import params
from pcio.lib.params import BadParameter


def by_params(queryset, query, **lookups):
    """Filter by the parameters present: by_params(qs, query, agency="agency__code")."""
    present = {lookup: _value(queryset.model, lookup, query, name)
               for name, lookup in lookups.items() if query.get(name)}
    return queryset.filter(**present)


def _value(model, lookup, query, name):
    field = field_of(model, lookup)
    if isinstance(field, models.IntegerField):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return params.integer(query, name, low=low, high=high)
    if field.choices:
        return params.choice(query, name, [str(key) for key, _ in field.flatchoices])
    try:
        return field.to_python(query[name])
    except ValidationError as exc:
        raise BadParameter(name, " ".join(exc.messages)) from None


def field_of(model, lookup):
    """The field a lookup such as "agency__code" or "meeting_id" compares values with."""
    for part in lookup.split("__"):
        field = model._meta.get_field(part)
        model = field.related_model
    return field.target_field if field.is_relation else field


class ParamFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        return by_params(queryset, request.query_params, **getattr(view, "filter_params", {}))

    def get_schema_operation_parameters(self, view):
        lookups = getattr(view, "filter_params", {})
        model = view.get_serializer_class().Meta.model if lookups else None
        return [{"name": name, "in": "query", "required": False,
                 "schema": _schema(field_of(model, lookup))}
                for name, lookup in lookups.items()]


def _schema(field):
    if isinstance(field, models.IntegerField):
        return {"type": "integer"}
    if field.choices:
        return {"type": "string", "enum": [str(key) for key, _ in field.flatchoices]}
    return {"type": "string"}


class PageNumbers(PageNumberPagination):
    """DRF's page numbers, with ?page=abc or ?page=0 a 400 (a page past the last stays 404)."""

    def get_page_number(self, request, paginator):
        if request.query_params.get(self.page_query_param) in self.last_page_strings:
            return paginator.num_pages
        return params.page(request.query_params, self.page_query_param)
