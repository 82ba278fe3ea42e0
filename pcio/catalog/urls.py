from django.urls import path

from pcio.catalog import api_views, exports, views

urlpatterns = [
    path("", views.catalog_search, name="catalog_search"),
    path("new/", views.dataset_new, name="catalog_new"),
    path("dashboard/", views.dashboard, name="catalog_dashboard"),
    path("export.xlsx", exports.catalog_export, name="catalog_export"),
    path("import/", exports.catalog_import, name="catalog_import"),
    path("import/template.<str:fmt>", exports.import_template, name="catalog_import_template"),
    path("dcat.<str:fmt>", exports.catalog_dcat, name="catalog_dcat"),
    path("api/3/action/<str:name>", api_views.action),
    path("api/action/<str:name>", api_views.action),
    path("dataset/<slug:name>/", views.dataset_detail, name="catalog_dataset"),
    path("dataset/<slug:name>/edit/", views.dataset_edit, name="catalog_edit"),
    path("dataset/<slug:name>/delete/", views.dataset_delete, name="catalog_delete"),
    path("dataset/<slug:name>/dcat.<str:fmt>", exports.dataset_dcat, name="catalog_dataset_dcat"),
    path("dataset/<slug:name>/resource/new/", views.resource_new, name="catalog_resource_new"),
    path("dataset/<slug:name>/check-links/", views.check_links, name="catalog_check_links"),
    path("dataset/<slug:name>/resource/<uuid:uid>/download/", views.download,
         name="catalog_download"),
    path("dataset/<slug:name>/resource/<uuid:uid>/delete/", views.resource_delete,
         name="catalog_resource_delete"),
    path("dataset/<slug:name>/resource/<uuid:uid>/dictionary/", views.dictionary_edit,
         name="catalog_dictionary"),
]
