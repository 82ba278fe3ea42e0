from pcio.agencies import demo as agencies_demo
from pcio.webwatch import demo
from pcio.webwatch.models import Incident, Site


def test_demo_watches_the_demo_websites_and_adds_one_sample_incident_idempotently(db):
    agencies_demo.load()
    demo.load()
    demo.load()
    from pcio.agencies.models import Website

    assert Site.objects.count() == Website.objects.values("url").distinct().count()
    incident = Incident.objects.get()
    assert incident.is_sample and incident.site.is_sample
    assert incident.site.status == "infected"
