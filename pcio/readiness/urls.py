from django.urls import path, register_converter

from pcio.readiness import views


class KindConverter:
    regex = "[pa]"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(KindConverter, "kind")
UNIT = "<kind:kind>/<str:code>/<int:year>/"

urlpatterns = [
    path("", views.index, name="readiness"),
    path("todo/", views.todo, name="readiness_todo"),
    path("import/", views.import_scores, name="readiness_import"),
    path(UNIT, views.unit_page, name="readiness_unit"),
    path(UNIT + "chart.svg", views.unit_chart, name="readiness_chart"),
    path(UNIT + "tables.xlsx", views.unit_export, name="readiness_export"),
    path(UNIT + "whatif/", views.what_if, name="readiness_whatif"),
    path("<int:year>/questions/", views.questions, name="readiness_questions"),
    path("<int:year>/questions.xlsx", views.questions_export, name="readiness_questions_export"),
    path("<int:year>/board/", views.board, name="readiness_board"),
    path("<int:year>/assign/", views.assign, name="readiness_assign"),
    path("<int:year>/assign/import/", views.assign_import, name="readiness_assign_import"),
    path("<int:year>/remind/", views.remind, name="readiness_remind"),
    path("assignment/<int:pk>/", views.assignment_page, name="readiness_assignment"),
    path("assignment/<int:pk>/<str:action>/", views.assignment_act, name="readiness_act"),
    path("evidence/<int:pk>/", views.evidence_download, name="readiness_evidence"),
]
