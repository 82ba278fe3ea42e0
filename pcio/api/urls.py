from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

router = DefaultRouter()
# Each pcio app may have an api.py with register(router) to add its endpoints.
for config in apps.get_app_configs():
    if config.name.startswith("pcio.") and find_spec(f"{config.name}.api"):
        import_module(f"{config.name}.api").register(router)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
    path("v1/", include(router.urls)),
]
