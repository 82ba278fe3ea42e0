from django.urls import path

from pcio.agencies import views

urlpatterns = [
    path("", views.agency_list, name="agencies"),
    path("new/", views.agency_new, name="agency_new"),
    path("import/", views.agency_import, name="agency_import"),
    path("export/", views.agency_export, name="agency_export"),
    path("<str:code>/", views.agency_detail, name="agency"),
    path("<str:code>/edit/", views.agency_edit, name="agency_edit"),
]
