from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgenciesConfig(AppConfig):
    name = "pcio.agencies"
    label = "agencies"
    verbose_name = _("หน่วยงาน")
    dashboard_card = "agencies/card.html"
    url_prefix = "agencies/"
    nav = ("agencies", _("หน่วยงาน"))

    def card_context(self, request):
        from pcio.agencies.models import Agency

        return {"agency_count": Agency.objects.count()}
