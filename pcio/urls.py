from importlib.util import find_spec

from django.apps import apps
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from pcio.front import views as front


def _app_urls():
    """Each pcio app with a `url_prefix` on its AppConfig mounts its urls.py there."""
    for config in apps.get_app_configs():
        prefix = getattr(config, "url_prefix", None)
        if prefix and find_spec(f"{config.name}.urls"):
            yield path(prefix, include(f"{config.name}.urls"))


def _root_urls():
    """URLs an app must own at the site root (`root_urls`), such as CKAN's /api/3/action/."""
    for config in apps.get_app_configs():
        if getattr(config, "root_urls", None):
            yield path("", include(config.root_urls))


urlpatterns = [
    *_root_urls(),
    path("", front.home, name="home"),
    path("health/", front.health, name="health"),
    path("about/", front.about, name="about"),
    path("province/", front.province_profile, name="province_profile"),
    path("setup/", front.first_run, name="first_run"),
    path("imports/<int:pk>/", front.import_job, name="import_job"),
    path("imports/<int:pk>/status/", front.import_job_status, name="import_job_status"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Named templates: the admin's registration/password_change_*.html would win over ours.
    path("password/", auth_views.PasswordChangeView.as_view(
        template_name="front/password_change_form.html"), name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name="front/password_change_done.html"), name="password_change_done"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", include("pcio.api.urls")),
    *_app_urls(),
]

# Error answers in the site's layout (JSON under /api/): pcio.lib.errors.
handler400 = "pcio.lib.errors.bad_request"
handler403 = "pcio.lib.errors.permission_denied"
handler404 = "pcio.lib.errors.page_not_found"
handler500 = "pcio.lib.errors.server_error"
