"""What each agency declared under the Electronic Government Administration Act 2565 and which
central platforms it took up (agenda items 3.5, 3.6, 3.7 and 4.2), and the province's letters."""

from auditlog.registry import auditlog
from django.db import models
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency
from pcio.lib.thai import MONTHS, be_year


class Section(models.IntegerChoices):
    PUBLIC = 10, _("มาตรา 10 ช่องทางสำหรับประชาชน")
    STAFF = 16, _("มาตรา 16 ระบบสำหรับเจ้าหน้าที่")


class Kind(models.TextChoices):
    WEB_FORM = "web_form", _("แบบฟอร์มบนเว็บไซต์")
    EMAIL = "email", _("อีเมล")
    ESERVICE = "eservice", _("ระบบบริการอิเล็กทรอนิกส์ (e-Service)")
    FACEBOOK = "facebook", _("เพจเฟซบุ๊ก")
    LINE_OA = "line_oa", _("LINE Official Account")
    STAFF_SYSTEM = "staff_system", _("ระบบงานของเจ้าหน้าที่")
    OTHER = "other", _("อื่น ๆ")


class Record(models.Model):
    """One agency's declarations that are not lists: info.go.th, Cyber Safe, workD, e-Office."""

    agency = models.OneToOneField(Agency, models.CASCADE, related_name="compliance")
    info_announced_on = models.DateField(_("วันที่ประกาศบน info.go.th"), null=True, blank=True)
    info_url = models.URLField(_("ลิงก์ประกาศบน info.go.th"), max_length=500, blank=True)
    cybersafe_enrolled_on = models.DateField(
        _("วันที่สมัคร Government Cyber Safe"), null=True, blank=True)
    workd_domain = models.CharField(_("โดเมน workD"), max_length=100, blank=True)
    workd_mail = models.BooleanField(_("workD Mail"), default=False)
    workd_chat = models.BooleanField(_("workD Chat"), default=False)
    workd_meet = models.BooleanField(_("workD Meet"), default=False)
    workd_cloud = models.BooleanField(_("workD Cloud Storage"), default=False)
    workd_requested = models.PositiveIntegerField(_("บัญชี workD ที่ขอ"), default=0)
    workd_active = models.PositiveIntegerField(_("บัญชี workD ที่ใช้งาน"), null=True, blank=True)
    eoffice_since = models.DateField(_("ใช้ e-Office ตั้งแต่"), null=True, blank=True)
    eoffice_system = models.CharField(_("ระบบ e-Office"), max_length=200, blank=True)
    eoffice_provider = models.CharField(_("ผู้ให้บริการ e-Office"), max_length=200, blank=True)
    note = models.TextField(_("หมายเหตุ"), blank=True)
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("การปฏิบัติตาม พ.ร.บ. ของหน่วยงาน")
        verbose_name_plural = _("การปฏิบัติตาม พ.ร.บ. ของหน่วยงาน")

    def __str__(self):
        return str(self.agency)

    @property
    def owner_agency_id(self):
        return self.agency_id

    def uses_workd(self):
        return self.workd_requested > 0 or any(
            (self.workd_mail, self.workd_chat, self.workd_meet, self.workd_cloud))


class Channel(models.Model):
    """A declared channel or staff system. Checks write only the check_* fields."""

    agency = models.ForeignKey(Agency, models.CASCADE, related_name="channels")
    section = models.PositiveSmallIntegerField(_("มาตรา"), choices=Section.choices,
                                               default=Section.PUBLIC)
    kind = models.CharField(_("ประเภทช่องทาง"), max_length=20, choices=Kind.choices)
    value = models.CharField(_("ที่อยู่ (URL หรืออีเมล)"), max_length=500)
    label = models.CharField(_("คำอธิบาย"), max_length=200, blank=True)
    meta_verified = models.BooleanField(_("มีเครื่องหมาย Meta Verified"), default=False)
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)
    checked_at = models.DateTimeField(_("ตรวจล่าสุด"), null=True, blank=True)
    check_ok = models.BooleanField(_("ผลการตรวจ"), null=True, blank=True)
    check_message = models.CharField(_("ผลการตรวจ"), max_length=500, blank=True)

    class Meta:
        ordering = ["section", "kind", "id"]
        unique_together = [("agency", "kind", "value")]
        indexes = [models.Index(fields=["agency", "section"]),
                   models.Index(fields=["agency", "check_ok"])]
        verbose_name = _("ช่องทางอิเล็กทรอนิกส์")
        verbose_name_plural = _("ช่องทางอิเล็กทรอนิกส์")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    @property
    def owner_agency_id(self):
        return self.agency_id

    def is_email(self):
        return self.kind == Kind.EMAIL

    def href(self):
        return f"mailto:{self.value}" if self.is_email() else self.value


class EofficeVolume(models.Model):
    """Electronic documents an agency handled in e-Office in one month."""

    agency = models.ForeignKey(Agency, models.CASCADE, related_name="eoffice_volumes")
    month = models.DateField(_("เดือน"), help_text=_("วันที่ 1 ของเดือน"))
    documents = models.PositiveIntegerField(_("จำนวนหนังสืออิเล็กทรอนิกส์"))
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)

    class Meta:
        ordering = ["month"]
        unique_together = [("agency", "month")]
        verbose_name = _("ปริมาณหนังสือ e-Office")
        verbose_name_plural = _("ปริมาณหนังสือ e-Office")

    def __str__(self):
        return f"{self.agency} {self.month:%Y-%m}: {self.documents}"

    def save(self, *args, **kwargs):
        self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

    @property
    def owner_agency_id(self):
        return self.agency_id

    def month_label(self):
        """เมษายน 2568"""
        return f"{MONTHS[self.month.month - 1]} {be_year(self.month)}"


class Letter(models.Model):
    """A letter of the province (e.g. นค 0017.2/ว 15820) that agenda items cite.

    No owner agency: only the secretariat changes the register."""

    reference = models.CharField(_("เลขที่หนังสือ"), max_length=100, unique=True)
    dated = models.DateField(_("ลงวันที่"))
    subject = models.CharField(_("เรื่อง"), max_length=500)
    agenda_item = models.CharField(_("วาระที่อ้างถึง"), max_length=20, blank=True)
    url = models.URLField(_("ลิงก์เอกสาร"), max_length=500, blank=True)

    class Meta:
        ordering = ["-dated", "reference"]
        verbose_name = _("หนังสือของจังหวัด")
        verbose_name_plural = _("หนังสือของจังหวัด")

    def __str__(self):
        return self.reference

    owner_agency_id = None


auditlog.register(Record)
auditlog.register(Channel, exclude_fields=["checked_at", "check_ok", "check_message"])
auditlog.register(EofficeVolume)
auditlog.register(Letter)
