"""Readiness results and survey progress over the API (read only)."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.response import Response

from pcio.front import installation
from pcio.lib import params, permissions
from pcio.readiness import cycle, results
from pcio.readiness.models import Score, SurveyYear


class _Access:
    def __init__(self, unit, survey_year):
        self.unit, self.survey_year = unit, survey_year

    def owner_agency_id(self):
        return self.unit.owner_agency_id()

    def is_published(self):
        return self.survey_year.results_published


_COUNTS = {k: serializers.IntegerField() for k in ("assigned", "answered", "accepted", "overdue")}
_PILLAR = inline_serializer("ReadinessPillar", {
    "pillar": serializers.IntegerField(), "score": serializers.FloatField(allow_null=True),
    "level": serializers.IntegerField(),
    "change": serializers.FloatField(allow_null=True)})
_RESULT = inline_serializer("ReadinessResult", {
    "unit": serializers.CharField(), "year": serializers.IntegerField(),
    "overall": serializers.FloatField(allow_null=True), "level": serializers.IntegerField(),
    "pillars": _PILLAR.__class__(many=True),
    "pillars_at_level_3_or_above": serializers.IntegerField(),
    "rank": serializers.IntegerField(allow_null=True),
    "rank_of": serializers.IntegerField(allow_null=True),
    "kpi_targets": serializers.DictField(child=serializers.FloatField(allow_null=True))})
_PROGRESS = inline_serializer("ReadinessProgress", {
    "year": serializers.IntegerField(),
    "agencies": inline_serializer("AgencyProgress", {
        "agency": serializers.CharField(), "name": serializers.CharField(), **_COUNTS},
        many=True),
    "pillars": inline_serializer("PillarProgress", {
        "pillar": serializers.IntegerField(), **_COUNTS}, many=True)})


def _year(request):
    return params.integer(request.query_params, "year", low=1, high=9999)


class ResultViewSet(viewsets.ViewSet):
    """A province's or agency's results per year. Query: unit (code or name; default this
    province), year (optional). The public sees published years only."""

    @extend_schema(responses=_RESULT.__class__(many=True), parameters=[
        OpenApiParameter("unit", str), OpenApiParameter("year", int)])
    def list(self, request):
        wanted = _year(request)
        unit = results.find_unit(request.query_params.get("unit") or installation.province_code())
        if unit is None:
            raise NotFound("ไม่พบจังหวัดหรือหน่วยงาน" if request.query_params.get("unit") or
                           installation.province_code() else "ยังไม่ได้ตั้งค่าจังหวัดของระบบ: ระบุ unit")
        years = Score.objects.filter(**unit.lookup()).values_list("year__year", flat=True)
        if wanted:
            years = years.filter(year__year=wanted)
        data = []
        for year in sorted(set(years)):
            result = results.summary(unit, year)
            if permissions.can_read(request.user, _Access(unit, result["year"])):
                data.append(results.to_json(result))
        return Response(data)


class ProgressViewSet(viewsets.ViewSet):
    """Survey progress by agency and by pillar for a year (query: year; default the latest).
    Officers see their own agency; the secretariat and the committee see every agency."""

    @extend_schema(responses=_PROGRESS, parameters=[OpenApiParameter("year", int)])
    def list(self, request):
        role = permissions.role_of(request.user)
        if role == permissions.PUBLIC:
            raise PermissionDenied(_("ต้องเข้าสู่ระบบ"))
        year = _year(request)
        survey_year = (SurveyYear.objects.filter(year=year) if year else
                       SurveyYear.objects.order_by("-year")).first()
        if survey_year is None:
            raise NotFound("ไม่พบปีการสำรวจ")
        agency = permissions.agency_of(request.user) if role == permissions.OFFICER else None
        if role == permissions.OFFICER and agency is None:
            raise PermissionDenied("บัญชีนี้ไม่ได้สังกัดหน่วยงาน")
        progress = cycle.progress(survey_year, agency_id=agency)
        return Response({
            "year": survey_year.year,
            "agencies": [{"agency": r["agency__code"], "name": r["agency__name_th"],
                          **{k: r[k] for k in ("assigned", "answered", "accepted", "overdue")}}
                         for r in progress["agencies"]],
            "pillars": [{"pillar": r["question__pillar"],
                         **{k: r[k] for k in ("assigned", "answered", "accepted", "overdue")}}
                        for r in progress["pillars"]],
        })


def register(router):
    router.register("readiness/results", ResultViewSet, basename="readiness-result")
    router.register("readiness/progress", ProgressViewSet, basename="readiness-progress")
