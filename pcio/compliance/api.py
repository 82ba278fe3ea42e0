from django.core.exceptions import ValidationError
from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from pcio.agencies.models import Agency
from pcio.api.permissions import AuditedViewSetMixin
from pcio.compliance.forms import clean_value, section_of
from pcio.compliance.models import Channel, Letter, Record
from pcio.lib import permissions


class ChannelSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="code", queryset=Agency.objects.all())

    class Meta:
        model = Channel
        fields = ["id", "agency", "section", "kind", "value", "label", "meta_verified",
                  "is_sample", "checked_at", "check_ok", "check_message"]
        read_only_fields = ["section", "checked_at", "check_ok", "check_message"]

    def validate(self, attrs):
        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        value = attrs.get("value", getattr(self.instance, "value", None))
        try:
            attrs["value"] = clean_value(kind, value)
        except ValidationError as exc:
            raise serializers.ValidationError({"value": exc.messages}) from None
        attrs["section"] = section_of(kind)
        agency = attrs.get("agency", getattr(self.instance, "agency", None))
        if not permissions.can_create_for(self.context["request"].user, agency.pk):
            raise PermissionDenied("แก้ไขได้เฉพาะช่องทางของหน่วยงานตนเอง")
        return attrs


class ChannelViewSet(AuditedViewSetMixin, viewsets.ModelViewSet):
    """Declared channels (Act 2565 s.10/16) with their latest check. Filter: agency (code)."""

    serializer_class = ChannelSerializer
    filter_params = {"agency": "agency__code"}

    def get_queryset(self):
        return Channel.objects.select_related("agency").order_by("agency__code", "id")


class RecordSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Record
        exclude = ["id"]
        read_only_fields = ["is_sample", "updated"]


class RecordViewSet(AuditedViewSetMixin, viewsets.ModelViewSet):
    """Per-agency info.go.th announcement, Cyber Safe, workD and e-Office (lookup: code)."""

    serializer_class = RecordSerializer
    lookup_field = "agency__code"
    lookup_url_kwarg = "code"
    http_method_names = ["get", "put", "patch", "head", "options"]

    def get_queryset(self):
        return Record.objects.select_related("agency").order_by("agency__code")


class LetterSerializer(serializers.ModelSerializer):
    class Meta:
        model = Letter
        fields = ["id", "reference", "dated", "subject", "agenda_item", "url"]


class LetterViewSet(AuditedViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """The province's letter register, for agenda items to cite."""

    serializer_class = LetterSerializer
    queryset = Letter.objects.all()


def register(router):
    router.register("compliance/channels", ChannelViewSet, basename="compliance-channel")
    router.register("compliance/records", RecordViewSet, basename="compliance-record")
    router.register("compliance/letters", LetterViewSet, basename="compliance-letter")
