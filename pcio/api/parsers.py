"""The API's JSON parser (REST_FRAMEWORK DEFAULT_PARSER_CLASSES)."""

from rest_framework import parsers

from pcio.lib import params


class JSONParser(parsers.JSONParser):
    """DRF's, refusing NUL characters (a 400 naming the field, pcio.lib.params.refuse_nul):
    PostgreSQL cannot compare text holding one, so a SlugRelatedField's lookup was a 500.
    Form posts are checked by pcio.lib.errors.ErrorPagesMiddleware."""

    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        params.refuse_nul(data)
        return data
