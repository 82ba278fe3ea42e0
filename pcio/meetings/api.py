from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from pcio.api.permissions import AuditedViewSetMixin
from pcio.lib import permissions
from pcio.meetings import services
from pcio.meetings.models import ActionItem, Committee, Item, Meeting, Resolution, Status


class MeetingSerializer(serializers.ModelSerializer):
    committee = serializers.SlugRelatedField(slug_field="code", queryset=Committee.objects.all())
    label = serializers.CharField(read_only=True)

    class Meta:
        model = Meeting
        fields = ["id", "committee", "number", "year", "label", "date", "time", "venue",
                  "status", "minutes_pages", "is_sample", "started", "closed"]
        # The status follows what the secretariat does (send, record, certify), each of
        # which freezes documents; typing it would skip that.
        read_only_fields = ["status"]


class ItemSerializer(serializers.ModelSerializer):
    closing_line = serializers.CharField(read_only=True)

    class Meta:
        model = Item
        fields = ["id", "meeting", "section", "position", "title", "presenter", "agency", "body",
                  "closing", "closing_line", "cites"]


class ResolutionSerializer(serializers.ModelSerializer):
    outcome_display = serializers.CharField(source="get_outcome_display", read_only=True)

    class Meta:
        model = Resolution
        fields = ["id", "item", "outcome", "outcome_display", "text", "discussion", "votes_for",
                  "votes_against", "votes_abstain", "recorded"]


class ActionItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActionItem
        fields = ["id", "resolution", "title", "agency", "due", "status", "progress", "updated"]

    def validate(self, attrs):
        user = self.context["request"].user
        if self.instance and not permissions.is_secretariat(user):
            fixed = [f for f in ("resolution", "title", "agency", "due")
                     if f in attrs and attrs[f] != getattr(self.instance, f)]
            if fixed:
                raise PermissionDenied(f"หน่วยงานแก้ไขได้เฉพาะสถานะและความคืบหน้า: {fixed}")
        return attrs


class SecretariatWrites(AuditedViewSetMixin):
    """Only the secretariat creates or deletes; reads follow publication (drafts hidden)."""

    def perform_create(self, serializer):
        permissions.require_secretariat(self.request)
        super().perform_create(serializer)

    def perform_destroy(self, instance):
        permissions.require_secretariat(self.request)
        super().perform_destroy(instance)

    def visible(self, queryset, path):
        if permissions.role_of(self.request.user) in (permissions.ADMIN, permissions.COMMITTEE):
            return queryset
        return queryset.exclude(**{path: Status.DRAFT})


class MeetingViewSet(SecretariatWrites, viewsets.ModelViewSet):
    """Meetings. Filter: committee (code)."""

    serializer_class = MeetingSerializer
    filter_params = {"committee": "committee__code"}

    def get_queryset(self):
        return self.visible(Meeting.objects.select_related("committee"), "status")


class ItemViewSet(SecretariatWrites, viewsets.ModelViewSet):
    """Agenda items. Filter: meeting (id)."""

    serializer_class = ItemSerializer
    filter_params = {"meeting": "meeting_id"}

    def get_queryset(self):
        return self.visible(Item.objects.select_related("meeting"), "meeting__status")


class ResolutionViewSet(SecretariatWrites, viewsets.ModelViewSet):
    """Resolutions (one per item). Recording item 2's certifies the previous minutes."""

    serializer_class = ResolutionSerializer

    def get_queryset(self):
        # Ordered, or a page of the list may repeat or skip resolutions.
        return self.visible(Resolution.objects.select_related("item__meeting").order_by("id"),
                            "item__meeting__status")

    def perform_create(self, serializer):
        permissions.require_secretariat(self.request)
        data = serializer.validated_data
        votes = {k: data.get(k) for k in ("votes_for", "votes_against", "votes_abstain")}
        serializer.instance = services.record_resolution(
            data["item"], data["outcome"], data.get("text", ""), data.get("discussion", ""),
            user=self.request.user, **votes)


class ActionItemViewSet(SecretariatWrites, viewsets.ModelViewSet):
    """Action items. Filters: agency (id), status. Officers update their own agency's."""

    serializer_class = ActionItemSerializer
    filter_params = {"agency": "agency_id", "status": "status"}

    def get_queryset(self):
        return self.visible(ActionItem.objects.select_related("resolution__item__meeting"),
                            "resolution__item__meeting__status")


def register(router):
    router.register("meetings", MeetingViewSet, basename="meeting")
    router.register("meeting-items", ItemViewSet, basename="meeting-item")
    router.register("resolutions", ResolutionViewSet, basename="resolution")
    router.register("action-items", ActionItemViewSet, basename="action-item")
