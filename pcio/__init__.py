"""pcio: the open platform of a Thai province's PCIO committee and secretariat."""

from pcio.celery import app as celery_app

__all__ = ["celery_app"]
