from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pcio.front import imports
from pcio.lib import permissions
from pcio.lib.importer import ImportFailed
from pcio.webwatch import board, evidence, sites
from pcio.webwatch.forms import BoardFilterForm, ImportForm, SiteForm
from pcio.webwatch.models import Incident, IncidentState, PageResult, Scan, Site
from pcio.webwatch.tasks import scan_in_background, scan_site


def _live_incidents():
    return Prefetch("incidents", to_attr="live",
                    queryset=Incident.objects.filter(~Q(state=IncidentState.CLOSED)))


@login_required
def board_view(request):
    sites = Site.objects.readable_by(request.user).filter(active=True)
    form = BoardFilterForm(request.GET or None)
    shown = form.filter(sites).select_related("agency__district").prefetch_related(
        _live_incidents()).order_by(board.by_severity(), "agency__sort_name", "url")
    page = Paginator(shown, settings.PCIO_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "totals": board.totals(sites),
               "districts": board.by_district(sites), "types": board.by_type(sites),
               "statuses": board.STATUSES}
    return render(request, "webwatch/board.html", context)


@login_required
def site_detail(request, pk):
    site = permissions.get_for_read(request, Site.objects.select_related("agency"), pk=pk)
    scans = list(site.scans.all()[:20])
    # problems come from the last scan with a verdict, not one running or stopped midway
    latest = next((s for s in scans if s.finished_at and not s.stopped), None)
    problems = latest.pages.exclude(verdict="clean").defer("snapshot")[:50] if latest else []
    context = {"site": site, "scans": scans, "latest": latest, "problems": problems,
               "current": scans[0] if scans else None,
               "incidents": site.incidents.all()[:10]}
    return render(request, "webwatch/site.html", context)


@login_required
def site_edit(request, pk):
    site = permissions.get_for_edit(request, Site.objects.select_related("agency"), pk=pk)
    form = SiteForm(request.POST or None, instance=site)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("บันทึกแล้ว"))
        return redirect(site)
    return render(request, "webwatch/site_edit.html", {"form": form, "site": site},
                  status=400 if form.errors else 200)


@login_required
def site_import(request):
    permissions.require_secretariat(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems, result = [], None
    if request.method == "POST" and form.is_valid():
        try:
            result = imports.submit(request, form.cleaned_data["file"], site_importer)
        except ImportFailed as exc:
            problems = exc.problems
        if isinstance(result, imports.ImportJob):
            return redirect(result)
    context = {"form": form, "problems": problems, "result": result, "columns": sites.COLUMNS}
    return render(request, "webwatch/import.html", context, status=400 if problems else 200)


def site_importer(user):
    return sites.SiteImporter()


@login_required
def scan_detail(request, pk):
    scan = permissions.get_for_read(request, Scan.objects.select_related("site__agency"), pk=pk)
    pages = scan.pages.defer("snapshot").order_by("verdict", "-score", "url")
    page = Paginator(pages, 100).get_page(request.GET.get("page"))
    return render(request, "webwatch/scan.html", {"scan": scan, "page": page})


@login_required
def incident_detail(request, pk):
    queryset = Incident.objects.select_related("site__agency", "last_scan", "acknowledged_by")
    incident = permissions.get_for_read(request, queryset, pk=pk)
    context = {"incident": incident, "items": _evidence_items(incident)}
    return render(request, "webwatch/incident.html", context)


def _evidence_items(incident) -> list:
    urls = {item["url"] for item in incident.evidence}
    pages = PageResult.objects.filter(scan=incident.last_scan, url__in=urls) \
        if incident.last_scan_id else PageResult.objects.none()
    snapshots = {p.url: p.unpacked() for p in pages}
    items = []
    for item in incident.evidence:
        text = evidence.persona_text(snapshots.get(item["url"], {}), item.get("persona", ""))
        marked = evidence.highlight(text, item.get("evidence", ""))
        items.append({**item, "marked": mark_safe(marked)})  # noqa: S308 - escaped in highlight
    return items


@login_required
@require_POST
def recheck(request, pk):
    site = permissions.get_for_edit(request, Site.objects.all(), pk=pk)
    if _start_scan(site):
        messages.success(request, _("สั่งตรวจซ้ำแล้ว ผลจะแสดงเมื่อการตรวจเสร็จ"))
    else:
        messages.warning(request, "เว็บไซต์นี้กำลังตรวจอยู่ ผลจะแสดงเมื่อการตรวจเสร็จ / "
                                  "A scan of this site is already running")
    return redirect(site)


def _start_scan(site) -> bool:
    """To a worker through the broker; without one, in a thread, not inside this request
    (a 200-page scan would hold the request, and the browser, for many minutes)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return scan_in_background(site) is not None
    scan_site.delay(site.pk)
    return True


@login_required
@require_POST
def acknowledge(request, pk):
    incident = permissions.get_for_edit(request, Incident.objects.select_related("site"), pk=pk)
    if incident.state == IncidentState.OPEN:
        incident.state, incident.acknowledged_by = IncidentState.ACK, request.user
        incident.acknowledged_at = timezone.now()
        incident.save(update_fields=["state", "acknowledged_by", "acknowledged_at"])
        messages.success(request, _("บันทึกการรับทราบแล้ว"))
    return redirect(incident)


