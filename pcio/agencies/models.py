from auditlog.registry import auditlog
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pcio.lib.thai import sort_key


class Province(models.Model):
    code = models.CharField(_("รหัส"), max_length=10, unique=True)
    name_th = models.CharField(_("ชื่อ (ไทย)"), max_length=100)
    name_en = models.CharField(_("ชื่อ (อังกฤษ)"), max_length=100, blank=True)
    sort_name = models.CharField(max_length=800, editable=False, db_index=True)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    class Meta:
        ordering = ["sort_name"]
        verbose_name = _("จังหวัด")
        verbose_name_plural = _("จังหวัด")

    def __str__(self):
        return self.name_th

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name_th)
        super().save(*args, **kwargs)


class DistrictQuerySet(models.QuerySet):
    def in_registry(self):
        """The districts the registry's agencies are in: the installation's, not all 928 of
        the reference data, for filters and choices."""
        return self.filter(id__in=Agency.objects.filter(district__isnull=False)
                           .values("district_id"))

    def for_choice(self, current=None):
        """Districts an agency may be placed in: those of the provinces the registry covers
        (all of them while it is empty), and the one it is in now."""
        provinces = Agency.objects.filter(province__isnull=False).values("province_id")
        if not provinces.exists():
            return self
        return self.filter(models.Q(province_id__in=provinces) | models.Q(pk=current))


class District(models.Model):
    province = models.ForeignKey(Province, models.PROTECT, related_name="districts")
    code = models.CharField(_("รหัส"), max_length=10, unique=True)
    name_th = models.CharField(_("ชื่อ (ไทย)"), max_length=100)
    name_en = models.CharField(_("ชื่อ (อังกฤษ)"), max_length=100, blank=True)
    sort_name = models.CharField(max_length=800, editable=False, db_index=True)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    objects = DistrictQuerySet.as_manager()

    class Meta:
        ordering = ["sort_name"]
        verbose_name = _("อำเภอ")
        verbose_name_plural = _("อำเภอ")

    def __str__(self):
        return self.name_th

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name_th)
        super().save(*args, **kwargs)


class Subdistrict(models.Model):
    district = models.ForeignKey(District, models.PROTECT, related_name="subdistricts")
    code = models.CharField(_("รหัส"), max_length=10, unique=True)
    name_th = models.CharField(_("ชื่อ (ไทย)"), max_length=100)
    name_en = models.CharField(_("ชื่อ (อังกฤษ)"), max_length=100, blank=True)
    # Space-separated: a subdistrict spanning post office zones has more than one.
    postal_codes = models.CharField(_("รหัสไปรษณีย์"), max_length=50, blank=True)
    sort_name = models.CharField(max_length=800, editable=False, db_index=True)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    class Meta:
        ordering = ["sort_name"]
        verbose_name = _("ตำบล")
        verbose_name_plural = _("ตำบล")

    def __str__(self):
        return self.name_th

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name_th)
        super().save(*args, **kwargs)


class AgencyType(models.TextChoices):
    PROVINCIAL = "provincial", _("ส่วนราชการส่วนภูมิภาค")
    CENTRAL = "central", _("ส่วนราชการส่วนกลางในจังหวัด")
    DISTRICT = "district", _("ที่ว่าการอำเภอ")
    PAO = "pao", _("องค์การบริหารส่วนจังหวัด")
    MUNICIPALITY = "municipality", _("เทศบาล")
    SAO = "sao", _("องค์การบริหารส่วนตำบล")
    STATE_ENTERPRISE = "state_enterprise", _("รัฐวิสาหกิจ")
    OTHER = "other", _("อื่น ๆ")

    @classmethod
    def local_administrations(cls):
        return [cls.PAO, cls.MUNICIPALITY, cls.SAO]


class AgencyQuerySet(models.QuerySet):
    def search(self, query):
        query = (query or "").strip()
        if not query:
            return self
        return self.filter(
            models.Q(name_th__icontains=query)
            | models.Q(name_en__icontains=query)
            | models.Q(code__iexact=query)
            | models.Q(short_name__icontains=query)
        )

    def thai_order(self):
        return self.order_by("sort_name", "code")


class Agency(models.Model):
    code = models.CharField(_("รหัสหน่วยงาน"), max_length=30, unique=True)
    name_th = models.CharField(_("ชื่อหน่วยงาน (ไทย)"), max_length=255)
    name_en = models.CharField(_("ชื่อหน่วยงาน (อังกฤษ)"), max_length=255, blank=True)
    short_name = models.CharField(_("ชื่อย่อ"), max_length=50, blank=True)
    type = models.CharField(_("ประเภท"), max_length=20, choices=AgencyType.choices, db_index=True)
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True, related_name="children",
        verbose_name=_("หน่วยงานต้นสังกัด"),
    )
    province = models.ForeignKey(
        Province, models.PROTECT, null=True, blank=True, related_name="agencies",
        verbose_name=_("จังหวัด"),
    )
    district = models.ForeignKey(
        District, models.PROTECT, null=True, blank=True, related_name="agencies",
        verbose_name=_("อำเภอ"),
    )
    contact_name = models.CharField(_("ผู้ประสานงาน"), max_length=200, blank=True)
    phone = models.CharField(_("โทรศัพท์"), max_length=50, blank=True)
    email = models.EmailField(_("อีเมล"), blank=True)
    email_domain = models.CharField(_("โดเมนอีเมล"), max_length=100, blank=True)
    is_sample = models.BooleanField(
        _("ข้อมูลตัวอย่าง"), default=False,
        help_text=_("ข้อมูลสาธิต ไม่ใช่ข้อมูลจริงของหน่วยงาน"),
    )
    sort_name = models.CharField(max_length=800, editable=False, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["sort_name", "code"]
        verbose_name = _("หน่วยงาน")
        verbose_name_plural = _("หน่วยงาน")
        indexes = [
            models.Index(fields=["type", "sort_name"]),
            models.Index(fields=["district", "sort_name"]),
        ]

    def __str__(self):
        return self.name_th

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name_th)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("agency", args=[self.code])

    def owner_agency_id(self):
        return self.pk

    def is_local_administration(self):
        return self.type in AgencyType.local_administrations()


class Website(models.Model):
    agency = models.ForeignKey(Agency, models.CASCADE, related_name="websites")
    url = models.URLField(_("เว็บไซต์"), max_length=500)
    label = models.CharField(_("คำอธิบาย"), max_length=100, blank=True)

    class Meta:
        ordering = ["id"]
        unique_together = [("agency", "url")]
        verbose_name = _("เว็บไซต์")
        verbose_name_plural = _("เว็บไซต์")

    def __str__(self):
        return self.url

    @property
    def owner_agency_id(self):
        return self.agency_id


auditlog.register(Agency)
auditlog.register(Website)
auditlog.register(Province)
auditlog.register(District)
auditlog.register(Subdistrict)
