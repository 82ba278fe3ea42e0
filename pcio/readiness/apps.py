from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    name = "pcio.readiness"
    label = "readiness"
    verbose_name = _("ความพร้อมรัฐบาลดิจิทัล")
    url_prefix = "readiness/"
    nav = ("readiness", _("ความพร้อมรัฐบาลดิจิทัล"))
    dashboard_card = "readiness/card.html"
    agency_section = "readiness/agency_section.html"

    def card_context(self, request):
        from pcio.front import installation
        from pcio.readiness.models import Reported

        latest = Reported.objects.filter(province__code=installation.province_code(),
                                         year__results_published=True) \
            .select_related("year", "province").order_by("-year__year").first()
        return {"latest": latest}

    def agency_section_context(self, request, agency):
        from pcio.lib import permissions
        from pcio.readiness.models import Assignment, Status

        if not (permissions.can_edit(request.user, agency) or
                permissions.role_of(request.user) == permissions.COMMITTEE):
            return {"visible": False}
        assignments = Assignment.objects.filter(agency=agency)
        return {"visible": True, "agency": agency, "total": assignments.count(),
                "open": assignments.filter(status__in=Status.open()).count()}
