"""Readiness results and survey progress over the API (read only)."""

from django.conf import settings
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.response import Response

from pcio.lib import permissions
from pcio.readiness import cycle, results
from pcio.readiness.models import Score, SurveyYear


class _Access:
    def __init__(self, unit, survey_year):
        self.unit, self.survey_year = unit, survey_year

    def owner_agency_id(self):
        return self.unit.owner_agency_id()

    def is_published(self):
        return self.survey_year.results_published


class ResultViewSet(viewsets.ViewSet):
    """A province's or agency's results per year. Query: unit (code or name; default this
    province), year (optional). The public sees published years only."""

    def list(self, request):
        unit = results.find_unit(request.query_params.get("unit") or settings.PROVINCE_CODE)
        if unit is None:
            raise NotFound("ไม่พบจังหวัดหรือหน่วยงาน")
        years = Score.objects.filter(**unit.lookup()).values_list("year__year", flat=True)
        if request.query_params.get("year"):
            years = years.filter(year__year=request.query_params["year"])
        data = []
        for year in sorted(set(years)):
            result = results.summary(unit, year)
            if permissions.can_read(request.user, _Access(unit, result["year"])):
                data.append(results.to_json(result))
        return Response(data)


class ProgressViewSet(viewsets.ViewSet):
    """Survey progress by agency and by pillar for a year (query: year; default the latest).
    Officers see their own agency; the secretariat and the committee see every agency."""

    def list(self, request):
        role = permissions.role_of(request.user)
        if role == permissions.PUBLIC:
            raise PermissionDenied("ต้องเข้าสู่ระบบ / Sign in first")
        year = request.query_params.get("year")
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
