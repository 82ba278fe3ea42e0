import json
import zlib
from datetime import timedelta

from auditlog.registry import auditlog
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency, Website


class Status(models.TextChoices):
    UNKNOWN = "unknown", _("ยังไม่ตรวจ")
    CLEAN = "clean", _("ปกติ")
    INFECTED = "infected", _("พบการฝังเว็บพนัน")
    UNREACHABLE = "unreachable", _("เข้าไม่ได้")


class PageVerdict(models.TextChoices):
    CLEAN = "clean", _("ปกติ")
    INFECTED = "infected", _("พบการฝังเว็บพนัน")
    COULD_NOT_CHECK = "could_not_check", _("ตรวจไม่ได้")


class SiteQuerySet(models.QuerySet):
    def readable_by(self, user):
        """Sites a user may see: all for the secretariat and committee, own agency for officers."""
        from pcio.lib import permissions

        role = permissions.role_of(user)
        if role in (permissions.ADMIN, permissions.COMMITTEE):
            return self
        if role == permissions.OFFICER:
            return self.filter(agency_id=permissions.agency_of(user))
        return self.none()

    def due(self, now=None):
        return self.filter(active=True, next_scan_at__lte=now or timezone.now())


class Site(models.Model):
    agency = models.ForeignKey(Agency, models.CASCADE, related_name="watched_sites",
                               verbose_name=_("หน่วยงาน"))
    website = models.ForeignKey(Website, models.SET_NULL, null=True, blank=True,
                                related_name="watched_sites")
    url = models.URLField(_("เว็บไซต์"), max_length=500, unique=True)
    active = models.BooleanField(_("เฝ้าระวัง"), default=True)
    interval_hours = models.PositiveIntegerField(_("ตรวจทุก (ชั่วโมง)"), default=24)
    max_pages = models.PositiveIntegerField(_("จำนวนหน้าสูงสุดต่อรอบ"), default=0,
                                            help_text=_("0 = ค่าตั้งต้นของระบบ"))
    status = models.CharField(_("สถานะ"), max_length=20, choices=Status.choices,
                              default=Status.UNKNOWN, db_index=True)
    last_scan_at = models.DateTimeField(_("ตรวจล่าสุด"), null=True, blank=True)
    next_scan_at = models.DateTimeField(_("ตรวจครั้งถัดไป"), default=timezone.now, db_index=True)
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)

    objects = SiteQuerySet.as_manager()

    class Meta:
        ordering = ["url"]
        verbose_name = _("เว็บไซต์ที่เฝ้าระวัง")
        verbose_name_plural = _("เว็บไซต์ที่เฝ้าระวัง")

    def __str__(self):
        return self.url

    def get_absolute_url(self):
        return reverse("webwatch_site", args=[self.pk])

    @property
    def owner_agency_id(self):
        return self.agency_id

    def is_published(self):
        # evidence of an unfixed infection helps attackers: signed-in roles only
        return False

    def page_budget(self):
        return self.max_pages or settings.PCIO_WEBWATCH_MAX_PAGES

    def schedule_next(self, now=None):
        self.next_scan_at = (now or timezone.now()) + timedelta(hours=self.interval_hours or 24)


class Scan(models.Model):
    site = models.ForeignKey(Site, models.CASCADE, related_name="scans")
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UNKNOWN)
    pages_checked = models.PositiveIntegerField(default=0)
    infected_pages = models.PositiveIntegerField(default=0)
    failed_pages = models.PositiveIntegerField(default=0)
    new_urls = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("การตรวจ")
        verbose_name_plural = _("การตรวจ")
        constraints = [
            # a redelivered task or a second re-check cannot scan a site twice at once
            models.UniqueConstraint(fields=["site"], condition=models.Q(finished_at__isnull=True),
                                    name="webwatch_one_running_scan_per_site"),
        ]

    def __str__(self):
        return f"{self.site} {self.started_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("webwatch_scan", args=[self.pk])

    @property
    def owner_agency_id(self):
        return self.site.agency_id

    def is_published(self):
        return False

    @property
    def stopped(self) -> bool:
        """Ended without a verdict: marked stopped midway by the stale-scan sweep."""
        return self.finished_at is not None and self.status == Status.UNKNOWN

    def count_pages(self) -> dict:
        """The counters as the stored pages say, so a summary never disagrees with its rows."""
        return self.pages.aggregate(
            pages_checked=models.Count("id"),
            infected_pages=models.Count("id", filter=models.Q(verdict=PageVerdict.INFECTED)),
            failed_pages=models.Count("id", filter=models.Q(verdict=PageVerdict.COULD_NOT_CHECK)),
            new_urls=models.Count("id", filter=models.Q(is_new=True)))


class PageResult(models.Model):
    scan = models.ForeignKey(Scan, models.CASCADE, related_name="pages")
    url = models.URLField(max_length=2000)
    verdict = models.CharField(max_length=20, choices=PageVerdict.choices, db_index=True)
    score = models.FloatField(default=0)
    http_status = models.PositiveIntegerField(null=True, blank=True)
    is_new = models.BooleanField(default=False)
    findings = models.JSONField(default=list)  # [{kind, persona, evidence, weight}]
    snapshot = models.BinaryField(blank=True)  # zlib(JSON) of what each persona fetched

    class Meta:
        ordering = ["-score", "url"]

    def __str__(self):
        return self.url

    @staticmethod
    def pack(data) -> bytes:
        return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6)

    def unpacked(self) -> dict:
        return json.loads(zlib.decompress(bytes(self.snapshot))) if self.snapshot else {}


class IncidentState(models.TextChoices):
    OPEN = "open", _("เปิด")
    ACK = "ack", _("รับทราบแล้ว")
    CLOSED = "closed", _("ปิดแล้ว")


class Incident(models.Model):
    site = models.ForeignKey(Site, models.CASCADE, related_name="incidents")
    state = models.CharField(_("สถานะ"), max_length=10, choices=IncidentState.choices,
                             default=IncidentState.OPEN, db_index=True)
    opened_at = models.DateTimeField(_("พบเมื่อ"), default=timezone.now)
    acknowledged_at = models.DateTimeField(_("รับทราบเมื่อ"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True,
                                        blank=True, related_name="+")
    closed_at = models.DateTimeField(_("ปิดเมื่อ"), null=True, blank=True)
    first_scan = models.ForeignKey(Scan, models.SET_NULL, null=True, related_name="+")
    last_scan = models.ForeignKey(Scan, models.SET_NULL, null=True, related_name="+")
    evidence = models.JSONField(default=list)  # [{url, kind, persona, evidence}] most damning
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)

    class Meta:
        ordering = ["-opened_at", "-id"]
        verbose_name = _("เหตุการฝังเว็บพนัน")
        verbose_name_plural = _("เหตุการฝังเว็บพนัน")
        constraints = [
            models.UniqueConstraint(fields=["site"], condition=~models.Q(state="closed"),
                                    name="webwatch_one_live_incident_per_site"),
        ]

    def __str__(self):
        return f"#{self.pk} {self.site}"

    def get_absolute_url(self):
        return reverse("webwatch_incident", args=[self.pk])

    @property
    def owner_agency_id(self):
        return self.site.agency_id

    def is_published(self):
        return False

    @property
    def is_live(self):
        return self.state != IncidentState.CLOSED


auditlog.register(Site)
auditlog.register(Incident, exclude_fields=["evidence"])
