"""The catalog in pcio's own REST API (read only; writes go through the CKAN Action API,
which every CKAN client already speaks)."""

from rest_framework import serializers, viewsets

from pcio.catalog.models import Dataset


class DatasetSerializer(serializers.ModelSerializer):
    organization = serializers.SlugRelatedField(slug_field="code", read_only=True)
    groups = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)

    class Meta:
        model = Dataset
        fields = ["uid", "name", "title", "organization", "data_type", "notes", "tags",
                  "data_category", "data_classification", "license_id", "extras", "groups",
                  "private", "quality_score", "personal_data_found", "due_date", "modified"]


class DatasetViewSet(viewsets.ReadOnlyModelViewSet):
    """Datasets the caller may read. Filters: organization (agency code), data_category."""

    serializer_class = DatasetSerializer
    lookup_field = "name"
    filter_params = {"organization": "organization__code", "data_category": "data_category"}

    def get_queryset(self):
        return Dataset.objects.visible_to(self.request.user).select_related(
            "organization").prefetch_related("groups").order_by("name")


def register(router):
    router.register("catalog/datasets", DatasetViewSet, basename="catalog-dataset")
