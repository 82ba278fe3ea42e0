"""Watched sites for the demo agencies' websites, and one invented incident marked sample.

Nothing is fetched: the sample incident's page and evidence are written here.
"""

from datetime import datetime

from django.utils import timezone

from pcio.webwatch.models import Incident, PageResult, Scan, Site, Status
from pcio.webwatch.sites import sync_from_registry

SAMPLE_PATH = "ewt_mod/slot/index.html"
HIDDEN = ('<div style="position:absolute;left:-9999px"><a href="https://ufabet-sample.example/">'
          "สล็อตเว็บตรง บาคาร่า สมัครรับเครดิตฟรี ฝากถอนไม่มีขั้นต่ำ</a></div>")
PAGE = ("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\">"
        "<title>สล็อตเว็บตรง แตกง่าย (ตัวอย่างสาธิต)</title></head><body>"
        "<h1>ข่าวประชาสัมพันธ์ (ข้อมูลตัวอย่าง)</h1>"
        f"<p>หน้านี้เป็นตัวอย่างสาธิตของหน้าเว็บที่ถูกฝัง ไม่ใช่เว็บไซต์จริง</p>{HIDDEN}</body></html>")


def load() -> str:
    added = sync_from_registry()
    site = Site.objects.filter(is_sample=True).order_by("url").first()
    if site is None or Incident.objects.filter(is_sample=True).exists():
        return f"{added} เว็บไซต์ที่เฝ้าระวัง"
    _sample_incident(site)
    return f"{added} เว็บไซต์ที่เฝ้าระวัง, เหตุตัวอย่าง 1 รายการ"


def _sample_incident(site):
    # Found before PCIO meeting 1/2568 (22 April 2025), whose agenda reports it.
    now = timezone.make_aware(datetime(2025, 3, 28, 9, 15))
    url = site.url.rstrip("/") + "/" + SAMPLE_PATH
    scan = Scan.objects.create(site=site, started_at=now, finished_at=now,
                               status=Status.INFECTED, pages_checked=1, infected_pages=1,
                               new_urls=1)
    finding = {"kind": "hidden_link", "persona": "googlebot", "evidence": HIDDEN, "weight": 0.95}
    snapshot = {"personas": {"googlebot": {"url": url, "final_url": url, "status": 200,
                                           "redirects": [], "headers": {}, "text": PAGE}}}
    PageResult.objects.create(scan=scan, url=url, verdict="infected", score=0.95, is_new=True,
                              http_status=200, findings=[finding],
                              snapshot=PageResult.pack(snapshot))
    Incident.objects.create(site=site, first_scan=scan, last_scan=scan, is_sample=True,
                            opened_at=now, evidence=[{"url": url, **finding}])
    site.status, site.last_scan_at = Status.INFECTED, now
    site.save(update_fields=["status", "last_scan_at"])
