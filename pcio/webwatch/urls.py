from django.urls import path

from pcio.webwatch import views

urlpatterns = [
    path("", views.board_view, name="webwatch"),
    path("import/", views.site_import, name="webwatch_import"),
    path("sites/<int:pk>/", views.site_detail, name="webwatch_site"),
    path("sites/<int:pk>/edit/", views.site_edit, name="webwatch_site_edit"),
    path("sites/<int:pk>/recheck/", views.recheck, name="webwatch_recheck"),
    path("scans/<int:pk>/", views.scan_detail, name="webwatch_scan"),
    path("incidents/<int:pk>/", views.incident_detail, name="webwatch_incident"),
    path("incidents/<int:pk>/ack/", views.acknowledge, name="webwatch_ack"),
]
