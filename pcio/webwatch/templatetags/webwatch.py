"""Finding kinds and personas in Thai on pages: the codes are for the detector, not people."""

from django import template

from pcio.webwatch.detect import kind_label, persona_label

register = template.Library()
register.filter("kind_label", kind_label)
register.filter("persona_label", persona_label)
