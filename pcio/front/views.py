from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from pcio.agencies import reference as geography
from pcio.front import installation, setup
from pcio.front.forms import ProvinceProfileForm, SetupForm
from pcio.front.models import ImportJob
from pcio.lib import jobs, permissions


def _cards(request):
    cards = []
    for config in apps.get_app_configs():
        template = getattr(config, "dashboard_card", None)
        if template:
            context = config.card_context(request) if hasattr(config, "card_context") else {}
            cards.append({"template": template, "context": context})
    return cards


def home(request):
    context = {"cards": _cards(request), "today": timezone.localdate(),
               "needs_setup": request.user.is_superuser and not installation.is_set()}
    return render(request, "front/home.html", context)


@never_cache
def health(request):
    """The database and each scheduled job; 503 when either is down or a job is overdue."""
    try:
        jobs_status, database = jobs.status(), "ok"  # one query: it is the database check
    except DatabaseError:
        jobs_status, database = {}, "error"
    overdue = sorted(name for name, job in jobs_status.items() if job["overdue"])
    ok = database == "ok" and not overdue
    body = {"status": "ok" if ok else "error", "database": database, "overdue": overdue,
            "jobs": jobs_status}
    return JsonResponse(body, status=200 if ok else 503)


def _import_job(request, pk):
    """Who imported the file sees its job, and the secretariat; for anyone else it is not there."""
    job = get_object_or_404(ImportJob, pk=pk)
    if job.user_id != request.user.pk and not permissions.is_secretariat(request.user):
        raise Http404
    return job


@login_required
def import_job(request, pk):
    return render(request, "front/import_job.html", {"job": _import_job(request, pk)})


@login_required
@never_cache
def import_job_status(request, pk):
    return JsonResponse(_import_job(request, pk).as_json())


def about(request):
    """pcio's licence and the credits the reference data it ships asks for (CC BY 4.0)."""
    return render(request, "front/about.html", {"geothai": geography.versions()})


@login_required
def province_profile(request):
    """The province as documents and letters name it: the secretariat keeps it current."""
    permissions.require_secretariat(request)
    form = ProvinceProfileForm(request.POST or None, request.FILES or None,
                               instance=installation.profile())
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกข้อมูลจังหวัดแล้ว"))
        return redirect("province_profile")
    return render(request, "front/province_profile.html", {"form": form})


@login_required
def first_run(request):
    """What `pcio setup --province` does, for the superuser of a new installation."""
    if not request.user.is_superuser:
        raise PermissionDenied(_("เฉพาะผู้ดูแลระบบสูงสุด (superuser)"))
    form = SetupForm(request.POST or None, initial={"province": installation.profile().province})
    if request.method == "POST" and form.is_valid():
        province = form.cleaned_data["province"]
        messages.success(request, f"{setup.display_name(province)}: {setup.set_up(province)}")
        return redirect("province_profile")
    return render(request, "front/setup.html", {"form": form, "is_set": installation.is_set()})
