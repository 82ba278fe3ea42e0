from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "pcio.compliance"
    label = "compliance"
    verbose_name = _("ช่องทางอิเล็กทรอนิกส์")
    url_prefix = "compliance/"
    nav = ("compliance", _("ช่องทางอิเล็กทรอนิกส์"))
    dashboard_card = "compliance/card.html"
    agency_section = "compliance/agency_section.html"

    def card_context(self, request):
        from pcio.agencies.models import Agency
        from pcio.compliance import province
        from pcio.compliance.models import Record

        # counted in the database: the home page should not read every agency
        return {"total": Agency.objects.count(),
                "missing": province.facts_queryset().filter(flags__lt=province.ALL_DONE).count(),
                "announced": Record.objects.filter(info_announced_on__isnull=False).count()}

    def agency_section_context(self, request, agency):
        from pcio.compliance import province

        return {"agency": agency, "facts": province.facts_for(agency),
                "failing": agency.channels.filter(check_ok=False)}
