"""The API's exception handler (REST_FRAMEWORK EXCEPTION_HANDLER): the caller's mistakes that
DRF does not know about become 4xx JSON instead of 500s.

- a bad query parameter (pcio.lib.params.BadParameter): 400 {"<name>": ["why"]}
- a model's own validation (django ValidationError): 400, as a serializer's would be
- a delete other records block (PROTECT/RESTRICT): 409 with the records that block it
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.fields import get_error_detail
from rest_framework.response import Response
from rest_framework.views import exception_handler, set_rollback

from pcio.lib import errors
from pcio.lib.params import BadParameter


def handler(exc, context):
    if isinstance(exc, BadParameter):
        exc = ValidationError({exc.name: [exc.message]})
    elif isinstance(exc, DjangoValidationError):
        exc = ValidationError(get_error_detail(exc))
    elif isinstance(exc, errors.BLOCKING):
        set_rollback()
        body = {"detail": str(errors.TITLES[409]), **errors.blockers(exc)}
        return Response(body, status=status.HTTP_409_CONFLICT)
    return exception_handler(exc, context)
