from django.apps import apps
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache


def _cards(request):
    cards = []
    for config in apps.get_app_configs():
        template = getattr(config, "dashboard_card", None)
        if template:
            context = config.card_context(request) if hasattr(config, "card_context") else {}
            cards.append({"template": template, "context": context})
    return cards


def home(request):
    context = {"cards": _cards(request), "today": timezone.localdate()}
    return render(request, "front/home.html", context)


@never_cache
def health(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        database = "error"
    status = 200 if database == "ok" else 503
    return JsonResponse({"status": "ok" if status == 200 else "error", "database": database},
                        status=status)
