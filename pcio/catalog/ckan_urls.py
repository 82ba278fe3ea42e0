"""The CKAN Action API at the site root, where CKAN clients (ckanapi, the GD Catalog
harvester) look for it: mounted by AppConfig.root_urls."""

from django.urls import path

from pcio.catalog import api_views

urlpatterns = [
    path("api/3/action/<str:name>", api_views.action, name="ckan_action"),
    path("api/action/<str:name>", api_views.action),
]
