from datetime import timedelta

from auditlog.registry import auditlog
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """A sent notification, kept so the same alert is not sent twice (pcio.lib.notify)."""

    key = models.CharField(max_length=200, db_index=True)
    title = models.CharField(_("เรื่อง"), max_length=200)
    targets = models.TextField(_("ผู้รับ"))
    ok = models.BooleanField(_("ส่งสำเร็จ"), default=True)
    sent_at = models.DateTimeField(_("ส่งเมื่อ"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("การแจ้งเตือน")
        verbose_name_plural = _("การแจ้งเตือน")

    def __str__(self):
        return f"{self.key} → {self.targets}"


class JobRun(models.Model):
    """One run of a scheduled job (pcio.lib.jobs): /health/ reads the last success of each."""

    name = models.CharField(_("งาน"), max_length=100)
    started = models.DateTimeField(_("เริ่ม"), default=timezone.now)
    finished = models.DateTimeField(_("เสร็จ"), null=True, blank=True)
    # None while running, or when the process died before it could say.
    ok = models.BooleanField(_("สำเร็จ"), null=True)
    done = models.PositiveIntegerField(_("สำเร็จ (รายการ)"), default=0)
    failed = models.PositiveIntegerField(_("ล้มเหลว (รายการ)"), default=0)
    error = models.TextField(_("ข้อผิดพลาด"), blank=True)

    class Meta:
        ordering = ["-started"]
        indexes = [models.Index(fields=["name", "started"])]
        verbose_name = _("การทำงานตามกำหนดเวลา")
        verbose_name_plural = _("การทำงานตามกำหนดเวลา")

    def __str__(self):
        return f"{self.name} {self.started:%Y-%m-%d %H:%M}"


class ImportJob(models.Model):
    """A spreadsheet import too big to run within its request (pcio.front.imports): the
    upload waits in MEDIA_ROOT/imports/ until the job has read it, and the progress page
    follows rows_done of rows_total."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("รอคิว")
        READING = "reading", _("กำลังอ่านและตรวจ")
        SAVING = "saving", _("กำลังบันทึก")
        DONE = "done", _("นำเข้าสำเร็จ")
        FAILED = "failed", _("นำเข้าไม่สำเร็จ")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("ผู้นำเข้า"))
    filename = models.CharField(_("ไฟล์"), max_length=255)
    file = models.FileField(upload_to="imports/", blank=True)
    importer = models.CharField(max_length=200)  # dotted path of factory(user, *args)
    args = models.JSONField(default=list, blank=True)
    back_url = models.CharField(max_length=500, blank=True)  # the import page it came from
    language = models.CharField(max_length=10, default="th")  # of the messages it writes
    status = models.CharField(_("สถานะ"), max_length=10, choices=Status.choices,
                              default=Status.QUEUED)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    result = models.CharField(_("ผล"), max_length=200, blank=True)
    problems = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(_("เริ่ม"), default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(_("เสร็จ"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("งานนำเข้าไฟล์")
        verbose_name_plural = _("งานนำเข้าไฟล์")

    def __str__(self):
        return f"{self.filename} ({self.status})"

    def get_absolute_url(self):
        return reverse("import_job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED) or self.stalled

    @property
    def stalled(self) -> bool:
        """A job stops itself at PCIO_MAX_IMPORT_SECONDS; one silent for longer was in a
        process that ended (a restart). It wrote nothing: writing is all-or-nothing."""
        if self.status not in (self.Status.READING, self.Status.SAVING):
            return False
        grace = timedelta(seconds=(settings.PCIO_MAX_IMPORT_SECONDS or 3600) + 60)
        return self.updated_at < timezone.now() - grace

    @property
    def percent(self) -> int:
        return min(100, 100 * self.rows_done // self.rows_total) if self.rows_total else 0

    def as_json(self) -> dict:
        return {"status": self.status, "label": self.get_status_display(),
                "rows_done": self.rows_done, "rows_total": self.rows_total,
                "percent": self.percent, "finished": self.finished}


class ProvinceProfile(models.Model):
    """The province this installation serves (one row): what every document header, letter
    and page names, so no province is written into the code. Set by `pcio setup`."""

    province = models.ForeignKey("agencies.Province", models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("จังหวัด"))
    name = models.CharField(_("ชื่อที่แสดง"), max_length=100, blank=True,
                            help_text=_("จังหวัด และชื่อจังหวัด ตามที่พิมพ์ในเอกสาร"))
    slogan = models.CharField(_("คำขวัญ (หัวกระดาษเอกสาร)"), max_length=300, blank=True)
    seal = models.ImageField(_("ตราจังหวัด"), upload_to="province/", blank=True)
    address = models.TextField(_("ที่อยู่ศาลากลางจังหวัด"), blank=True)
    governor = models.CharField(_("ผู้ว่าราชการจังหวัด"), max_length=200, blank=True)
    secretariat = models.ForeignKey(
        "agencies.Agency", models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("หน่วยงานฝ่ายเลขานุการ"))
    phone = models.CharField(_("โทรศัพท์"), max_length=50, blank=True)
    email = models.EmailField(_("อีเมล"), blank=True)
    website = models.URLField(_("เว็บไซต์"), blank=True)

    class Meta:
        verbose_name = _("ข้อมูลจังหวัด")
        verbose_name_plural = _("ข้อมูลจังหวัด")

    def __str__(self):
        return self.name or str(_("ยังไม่ได้ตั้งค่าจังหวัด"))

    def save(self, *args, **kwargs):
        self.pk = 1  # one installation, one province
        super().save(*args, **kwargs)

    def owner_agency_id(self):
        return None  # the secretariat's alone


auditlog.register(ProvinceProfile)


class Lease(models.Model):
    """One held slot of a counted lease (pcio.lib.leases, the "database" store): slot
    `slot` of `key` is held until `expires_at`, so a dead holder's slot frees itself."""

    key = models.CharField(max_length=200)
    slot = models.PositiveSmallIntegerField()
    token = models.CharField(max_length=32)
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "slot"], name="one_lease_per_slot")]

    def __str__(self):
        return f"{self.key} #{self.slot}"
