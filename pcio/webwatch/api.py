from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from pcio.agencies.models import Agency
from pcio.api.permissions import AuditedViewSetMixin
from pcio.lib import permissions
from pcio.webwatch.models import Incident, Site


class SiteSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="code", queryset=Agency.objects.all())

    class Meta:
        model = Site
        fields = ["id", "url", "agency", "active", "interval_hours", "max_pages", "status",
                  "last_scan_at", "next_scan_at", "is_sample"]
        read_only_fields = ["status", "last_scan_at", "next_scan_at", "is_sample"]

    def validate_agency(self, agency):
        if not permissions.can_create_for(self.context["request"].user, agency.pk):
            raise PermissionDenied("เพิ่มหรือย้ายเว็บไซต์ได้เฉพาะหน่วยงานของตนเอง")
        return agency


class SiteViewSet(AuditedViewSetMixin, viewsets.ModelViewSet):
    """Watched websites. Filters: status, agency (code). Officers see their own agency's."""

    serializer_class = SiteSerializer
    filter_params = {"status": "status", "agency": "agency__code"}

    def get_queryset(self):
        return Site.objects.readable_by(self.request.user).select_related("agency").order_by("url")


class IncidentSerializer(serializers.ModelSerializer):
    site = serializers.CharField(source="site.url", read_only=True)
    agency = serializers.CharField(source="site.agency.code", read_only=True)

    class Meta:
        model = Incident
        fields = ["id", "site", "agency", "state", "opened_at", "acknowledged_at", "closed_at",
                  "evidence", "is_sample"]


class IncidentViewSet(viewsets.ReadOnlyModelViewSet):
    """Incidents (an infected site until a scan finds it clean). Filter: state."""

    serializer_class = IncidentSerializer
    filter_params = {"state": "state"}

    def get_queryset(self):
        sites = Site.objects.readable_by(self.request.user)
        return Incident.objects.filter(site__in=sites).select_related("site__agency")


def register(router):
    router.register("webwatch/sites", SiteViewSet, basename="webwatch-site")
    router.register("webwatch/incidents", IncidentViewSet, basename="webwatch-incident")
