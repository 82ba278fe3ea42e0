"""Where the secretariat sets up a new survey year: weights, level thresholds, KPI rule,
announced figures. Everyday work (questions, assignment, review) is on the app's pages."""

from django.contrib import admin

from pcio.readiness.models import Benchmark, Pillar, Question, Reported, Score, SurveyYear


class PillarInline(admin.TabularInline):
    model = Pillar
    extra = 0


class BenchmarkInline(admin.TabularInline):
    model = Benchmark
    extra = 0


@admin.register(SurveyYear)
class SurveyYearAdmin(admin.ModelAdmin):
    list_display = ["year", "opens", "closes", "results_published", "bounds_assumed"]
    inlines = [PillarInline, BenchmarkInline]


@admin.register(Score)
class ScoreAdmin(admin.ModelAdmin):
    list_display = ["year", "province", "agency", "pillar", "score"]
    list_filter = ["year", "pillar"]
    list_select_related = ["year", "province", "agency"]
    raw_id_fields = ["province", "agency"]


@admin.register(Reported)
class ReportedAdmin(admin.ModelAdmin):
    list_display = ["year", "province", "agency", "overall", "rank", "rank_of"]
    list_filter = ["year"]
    list_select_related = ["year", "province", "agency"]
    raw_id_fields = ["province", "agency"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["code", "year", "pillar", "kind", "is_sample"]
    list_filter = ["year", "pillar", "kind", "is_sample"]
    search_fields = ["code", "text"]
