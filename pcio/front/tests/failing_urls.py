"""The site's URLs plus views that fail on purpose, for tests of the error answers
(@pytest.mark.urls("pcio.front.tests.failing_urls"))."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_POST

from pcio.agencies.models import Agency
from pcio.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401


def delete_agency(request, code):
    Agency.objects.get(code=code).delete()
    return HttpResponse("deleted")


def crash(request):
    raise RuntimeError("a bug")


@require_POST
def post_only(request):
    return HttpResponse("posted")


urlpatterns = [
    path("test/delete-agency/<str:code>/", delete_agency),
    path("test/crash/", crash),
    path("api/test/crash/", crash),
    path("api/test/post-only/", post_only),
    *urlpatterns,
]
