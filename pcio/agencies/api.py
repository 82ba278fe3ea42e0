from django.db.models import Prefetch
from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from pcio.agencies.models import Agency, District, Website
from pcio.api.permissions import AuditedViewSetMixin
from pcio.lib import permissions

OFFICER_FIXED = ("code", "type", "parent", "province", "district", "is_sample")


class AgencySerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(
        slug_field="code", queryset=Agency.objects.all(), allow_null=True, required=False
    )
    district = serializers.SlugRelatedField(
        slug_field="code", queryset=District.objects.all(), allow_null=True, required=False
    )
    websites = serializers.ListField(child=serializers.URLField(), required=False, write_only=True)
    type_display = serializers.CharField(source="get_type_display", read_only=True)

    class Meta:
        model = Agency
        fields = [
            "code", "name_th", "name_en", "short_name", "type", "type_display", "parent",
            "district", "contact_name", "phone", "email", "email_domain", "websites",
            "is_sample", "updated",
        ]  # fmt: skip
        read_only_fields = ["updated"]

    def to_representation(self, agency):
        data = super().to_representation(agency)
        data["websites"] = [w.url for w in agency.websites.all()]
        request = self.context.get("request")
        if not (request and request.user.is_authenticated):
            # A named contact person's phone is personal data: signed-in users only.
            data.pop("contact_name")
            data.pop("phone")
        return data

    def validate(self, attrs):
        request = self.context["request"]
        if self.instance and not permissions.is_secretariat(request.user):
            changed = [f for f in OFFICER_FIXED if f in attrs and
                       attrs[f] != getattr(self.instance, f)]
            if changed:
                raise PermissionDenied(f"เฉพาะฝ่ายเลขานุการแก้ไข: {', '.join(changed)}")
        return attrs

    def _save_websites(self, agency, urls):
        if urls is None:
            return
        agency.websites.exclude(url__in=urls).delete()
        for url in urls:
            Website.objects.get_or_create(agency=agency, url=url)

    def create(self, validated):
        urls = validated.pop("websites", [])
        agency = super().create(validated)
        self._save_websites(agency, urls)
        return agency

    def update(self, agency, validated):
        urls = validated.pop("websites", None)
        agency = super().update(agency, validated)
        self._save_websites(agency, urls)
        return agency


class AgencyViewSet(AuditedViewSetMixin, viewsets.ModelViewSet):
    """The agency registry. Filters: q (name or code), type, district (code)."""

    serializer_class = AgencySerializer
    lookup_field = "code"
    filter_params = {"type": "type", "district": "district__code"}

    def get_queryset(self):
        queryset = Agency.objects.select_related("parent", "district").prefetch_related(
            Prefetch("websites", queryset=Website.objects.order_by("id"))
        )
        return queryset.search(self.request.query_params.get("q")).thai_order()

    def perform_create(self, serializer):
        if not permissions.is_secretariat(self.request.user):
            raise PermissionDenied("เฉพาะฝ่ายเลขานุการเพิ่มหน่วยงานได้")
        super().perform_create(serializer)

    def perform_destroy(self, instance):
        if not permissions.is_secretariat(self.request.user):
            raise PermissionDenied("เฉพาะฝ่ายเลขานุการลบหน่วยงานได้")
        super().perform_destroy(instance)


def register(router):
    router.register("agencies", AgencyViewSet, basename="agency")
