from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebwatchConfig(AppConfig):
    name = "pcio.webwatch"
    label = "webwatch"
    verbose_name = _("เฝ้าระวังเว็บพนัน")
    url_prefix = "webwatch/"
    nav = ("webwatch", _("เฝ้าระวังเว็บพนัน"))
    dashboard_card = "webwatch/card.html"
    agency_section = "webwatch/agency_section.html"

    def card_context(self, request):
        from pcio.webwatch.models import Site, Status

        sites = Site.objects.readable_by(request.user).filter(active=True)
        return {"total": sites.count(), "infected": sites.filter(status=Status.INFECTED).count()}

    def agency_section_context(self, request, agency):
        from pcio.webwatch.models import Site

        return {"sites": list(Site.objects.readable_by(request.user).filter(agency=agency))}
