"""Query-parameter filters for the API's list endpoints."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import ValidationError


def by_params(queryset, params, **lookups):
    """Filter by the parameters present: by_params(qs, params, agency="agency__code").

    A value of the wrong type (?meeting=abc) is the caller's mistake: 400, not 500.
    """
    present = {lookup: params[name] for name, lookup in lookups.items() if params.get(name)}
    try:
        return queryset.filter(**present)
    except (ValueError, DjangoValidationError) as exc:
        raise ValidationError({"detail": f"ค่าตัวกรองไม่ถูกต้อง / bad filter value: {exc}"}) from exc
