"""Finding kinds, personas and page verdicts in the page's language. The detector (plain
Python) holds the Thai source text marked for the catalogue; it is translated here, at
display, so an English page shows English and a Thai page Thai, never the raw code."""

from django.utils.translation import gettext

from pcio.webwatch import detect
from pcio.webwatch.models import PageVerdict, Status


def kind_label(kind: str) -> str:
    return gettext(detect.KINDS[kind]) if kind in detect.KINDS else detect.kind_label(kind)


def persona_label(persona: str) -> str:
    if persona in detect.PERSONA_LABELS:
        return gettext(detect.PERSONA_LABELS[persona])
    return detect.persona_label(persona)


def verdict_label(verdict: str) -> str:
    """A page's verdict or a site's status (their choices share codes and words)."""
    labels = dict(PageVerdict.choices) | dict(Status.choices)
    return str(labels.get(verdict, verdict.replace("_", " ")))
