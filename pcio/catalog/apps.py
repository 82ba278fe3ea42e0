from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "pcio.catalog"
    label = "catalog"
    verbose_name = _("บัญชีข้อมูล")
    url_prefix = "catalog/"
    dashboard_card = "catalog/card.html"
    agency_section = "catalog/agency_section.html"
    nav = ("catalog_search", _("บัญชีข้อมูล"))
    root_urls = "pcio.catalog.ckan_urls"

    def card_context(self, request):
        from pcio.catalog.models import Dataset

        visible = Dataset.objects.visible_to(request.user)
        return {"count": visible.count(),
                "published": Dataset.objects.published().count()}

    def agency_section_context(self, request, agency):
        from pcio.catalog.models import Dataset

        datasets = Dataset.objects.visible_to(request.user).filter(organization=agency)
        return {"datasets": datasets.order_by("sort_title")[:20], "count": datasets.count()}
