"""Scheduled checks of every declared channel (Celery; eager without a broker)."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from pcio.compliance import checks
from pcio.compliance.models import Channel, Kind
from pcio.lib import jobs


def _verify():
    return settings.PCIO_COMPLIANCE_CA_BUNDLE or True


def check_channel(channel, resolver=None) -> checks.Outcome:
    if channel.kind == Kind.EMAIL:
        resolver = resolver or checks.make_resolver(settings.PCIO_COMPLIANCE_DNS_SERVERS)
        outcome = checks.check_mx(channel.value, resolver)
    else:
        outcome = checks.check_url(channel.value, kind=channel.kind, verify=_verify())
    # update() touches only the check fields: a failing check never changes what was entered
    Channel.objects.filter(pk=channel.pk).update(
        checked_at=timezone.now(), check_ok=outcome.ok, check_message=outcome.message[:500])
    return outcome


@shared_task
def check_agency(agency_id):
    """A channel that fails its check is a finding; a check that could not run fails."""
    with jobs.job("compliance-checks", record=False):
        resolver = checks.make_resolver(settings.PCIO_COMPLIANCE_DNS_SERVERS)
        channels = list(Channel.objects.filter(agency_id=agency_id))
        return sum(check_channel(c, resolver).ok for c in channels)


@shared_task
@jobs.scheduled("compliance-checks")
def check_all():
    """One task per agency, so workers spread a national run; eager mode runs them in turn."""
    ids = Channel.objects.values_list("agency_id", flat=True).distinct().order_by("agency_id")
    for agency_id in ids:
        with jobs.item(f"agency {agency_id}"):
            check_agency.delay(agency_id)
    return len(ids)


@shared_task
@jobs.scheduled("compliance-reminders")
def remind_all():
    """A reminder to every agency still missing something (each at most once per interval)."""
    from pcio.agencies.models import Agency
    from pcio.compliance import province, reminders, tally

    missing = {row.id: row.facts.missing() for row in tally.incomplete(province.rows())}
    agencies = Agency.objects.filter(pk__in=missing).exclude(email="")
    return sum(reminders.remind(agency, missing[agency.pk]) for agency in agencies)
