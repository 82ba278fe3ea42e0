"""Finding kinds, personas and verdicts in words on pages: the codes are for the detector,
not people."""

from django import template

from pcio.webwatch.labels import kind_label, persona_label, verdict_label

register = template.Library()
register.filter("kind_label", kind_label)
register.filter("persona_label", persona_label)
register.filter("verdict_label", verdict_label)
