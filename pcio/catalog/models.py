import uuid

from auditlog.registry import auditlog
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency
from pcio.catalog import schema
from pcio.lib.thai import sort_key

CHOICES = {name: [(c, c) for c in schema.field(name)["choices"]]
           for name in ("data_type", "data_category", "data_classification")}
SECRET = schema.rules()["secret_classifications"]
PUBLIC = schema.rules()["public_classification"]
# Dataset.is_published() of an active dataset, as a filter
PUBLISHED = models.Q(private=False, data_classification=PUBLIC)


class Group(models.Model):
    """One of the GD Catalog's seven category groups (data/schema.json)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.SlugField(_("ชื่อย่อ"), max_length=100, unique=True)
    title = models.CharField(_("ชื่อกลุ่ม"), max_length=200)
    description = models.TextField(_("คำอธิบาย"), blank=True)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    class Meta:
        ordering = ["name"]
        verbose_name = _("กลุ่มชุดข้อมูล")
        verbose_name_plural = _("กลุ่มชุดข้อมูล")

    def __str__(self):
        return self.title


class DatasetQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state=Dataset.ACTIVE)

    def published(self):
        return self.active().filter(PUBLISHED)

    def visible_to(self, user):
        """What this user may read: the same rule as pcio.lib.permissions.can_read."""
        from pcio.lib import permissions

        return permissions.readable(user, self.active(), published=PUBLISHED,
                                    owner="organization")


class Dataset(models.Model):
    ACTIVE, DELETED = "active", "deleted"

    id = models.BigAutoField(primary_key=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.SlugField(_("ชื่อย่อชุดข้อมูล (URL)"), max_length=100, unique=True)
    title = models.CharField(_("ชื่อชุดข้อมูล"), max_length=500)
    organization = models.ForeignKey(Agency, models.PROTECT, related_name="datasets",
                                     verbose_name=_("หน่วยงานเจ้าของข้อมูล"))
    data_type = models.CharField(_("ประเภทชุดข้อมูล"), max_length=50,
                                 choices=CHOICES["data_type"], default="ข้อมูลระเบียน")
    notes = models.TextField(_("รายละเอียด"), blank=True)
    tags = models.JSONField(_("คำสำคัญ"), default=list, blank=True)
    data_category = models.CharField(_("หมวดหมู่ข้อมูล"), max_length=50, blank=True,
                                     choices=CHOICES["data_category"])
    data_classification = models.CharField(
        _("ระดับชั้นข้อมูล"), max_length=50, choices=CHOICES["data_classification"],
        default="ชั้นเผยแพร่ภายในองค์กร", db_index=True)
    license_id = models.CharField(_("สัญญาอนุญาต"), max_length=50, blank=True)
    extras = models.JSONField(default=dict, blank=True)  # the other GD Catalog fields
    groups = models.ManyToManyField(Group, blank=True, related_name="datasets")
    private = models.BooleanField(_("ส่วนตัว (ไม่เผยแพร่)"), default=False)
    state = models.CharField(max_length=10, default=ACTIVE, db_index=True)
    personal_data_found = models.BooleanField(_("พบข้อมูลส่วนบุคคล"), default=False)
    quality_score = models.PositiveSmallIntegerField(_("คะแนนคุณภาพ"), default=0)
    missing_mandatory = models.PositiveSmallIntegerField(default=0)
    due_date = models.DateField(_("กำหนดปรับปรุงครั้งถัดไป"), null=True, blank=True)
    harvest_source = models.CharField(_("นำเข้าจาก"), max_length=500, blank=True)
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)
    sort_title = models.CharField(max_length=1600, editable=False, db_index=True)
    # The Facet rows again, one "facet\tvalue" per line: a search counts the facets of its
    # matches from the rows it already reads instead of one index seek per match and facet.
    facet_keys = models.TextField(default="", blank=True, editable=False)
    created = models.DateTimeField(default=timezone.now)
    modified = models.DateTimeField(default=timezone.now, db_index=True)

    objects = DatasetQuerySet.as_manager()

    class Meta:
        ordering = ["sort_title", "id"]
        verbose_name = _("ชุดข้อมูล")
        verbose_name_plural = _("ชุดข้อมูล")
        indexes = [models.Index(fields=["organization", "state"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.sort_title = sort_key(self.title)
        # one stored form per field, also for writes that skip services.save_dataset
        self.extras = schema.canonical_extras(self.extras or {})
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("catalog_dataset", args=[self.name])

    def owner_agency_id(self):
        return self.organization_id

    def is_published(self):
        return self.state == self.ACTIVE and not self.private and self.data_classification == PUBLIC

    def is_secret(self):
        return self.data_classification in SECRET

    def metadata(self) -> dict:
        """The flat GD Catalog dict: every schema field by its national name."""
        data = {name: self.extras.get(name, "") for name in schema.extra_fields()}
        data.update(data_type=self.data_type, title=self.title, name=self.name,
                    owner_org=self.organization.code, tag_string=", ".join(self.tags),
                    notes=self.notes, data_category=self.data_category,
                    data_classification=self.data_classification, license_id=self.license_id)
        return data


def upload_to(resource, filename):
    return f"catalog/{resource.dataset.uid}/{uuid.uuid4().hex}/{filename}"


class Resource(models.Model):
    id = models.BigAutoField(primary_key=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    dataset = models.ForeignKey(Dataset, models.CASCADE, related_name="resources")
    name = models.CharField(_("ชื่อทรัพยากร"), max_length=500)
    description = models.TextField(_("คำอธิบาย"), blank=True)
    format = models.CharField(_("รูปแบบไฟล์"), max_length=50, blank=True)
    url = models.URLField(_("ลิงก์"), max_length=1000, blank=True)
    upload = models.FileField(_("ไฟล์"), upload_to=upload_to, blank=True, max_length=500)
    size = models.BigIntegerField(null=True, blank=True)
    position = models.PositiveIntegerField(default=0)
    preview = models.JSONField(default=dict, blank=True)  # {"headers": [...], "rows": [[...]]}
    personal_findings = models.JSONField(default=list, blank=True)
    quality = models.JSONField(default=dict, blank=True)  # tabular checks of the last upload
    # The last check of a linked file (pcio.catalog.links), written by the checker only.
    link_ok = models.BooleanField(_("ลิงก์ใช้ได้"), null=True)
    link_checked_at = models.DateTimeField(_("ตรวจลิงก์ล่าสุด"), null=True, blank=True)
    link_reason = models.CharField(_("เหตุที่เปิดลิงก์ไม่ได้"), max_length=200, blank=True)
    created = models.DateTimeField(default=timezone.now)
    modified = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("ทรัพยากร")
        verbose_name_plural = _("ทรัพยากร")

    def __str__(self):
        return self.name

    def owner_agency_id(self):
        return self.dataset.organization_id

    def is_published(self):
        return self.dataset.is_published()

    def is_tabular(self):
        return self.format.upper() in ("CSV", "XLSX", "XLS")

    def is_link(self):
        return bool(self.url) and not self.upload

    def forget_link_check(self):
        self.link_ok, self.link_checked_at, self.link_reason = None, None, ""

    def download_url(self):
        if self.upload:
            return reverse("catalog_download", args=[self.dataset.name, self.uid])
        return self.url


class Field(models.Model):
    """One column of a tabular resource: the data dictionary."""

    resource = models.ForeignKey(Resource, models.CASCADE, related_name="fields")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(_("ชื่อฟิลด์"), max_length=200)
    label_th = models.CharField(_("ชื่อภาษาไทย"), max_length=300, blank=True)
    type = models.CharField(_("ชนิดข้อมูล"), max_length=20, default="text",
                            choices=list(schema.dictionary_types().items()))
    unit = models.CharField(_("หน่วย"), max_length=100, blank=True)
    description = models.TextField(_("คำอธิบาย"), blank=True)
    example = models.CharField(_("ตัวอย่าง"), max_length=300, blank=True)
    personal = models.CharField(_("ข้อมูลส่วนบุคคล"), max_length=20, blank=True,
                                choices=list(schema.personal_levels().items()))

    class Meta:
        ordering = ["position", "id"]
        unique_together = [("resource", "name")]
        verbose_name = _("ฟิลด์ในพจนานุกรมข้อมูล")
        verbose_name_plural = _("พจนานุกรมข้อมูล")

    def __str__(self):
        return self.name

    def owner_agency_id(self):
        return self.resource.dataset.organization_id


class Facet(models.Model):
    """(facet, value) pairs per dataset so facet counts are one GROUP BY on any database."""

    dataset = models.ForeignKey(Dataset, models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=200)

    class Meta:
        # Both covering: counts by facet, and the facets of the matched datasets.
        indexes = [models.Index(fields=["facet", "value", "dataset"]),
                   models.Index(fields=["dataset", "facet", "value"])]

    def __str__(self):
        return f"{self.facet}:{self.value}"


class HarvestSource(models.Model):
    """Another CKAN / GD Catalog / pcio whose datasets the province pulls in."""

    url = models.URLField(_("ที่อยู่ CKAN ต้นทาง"), max_length=500, unique=True)
    title = models.CharField(_("ชื่อแหล่ง"), max_length=300, blank=True)
    organization = models.ForeignKey(Agency, models.PROTECT, related_name="harvest_sources",
                                     verbose_name=_("หน่วยงานที่รับผิดชอบ"))
    active = models.BooleanField(_("ใช้งาน"), default=True)
    last_run = models.DateTimeField(null=True, blank=True)
    last_result = models.TextField(blank=True)

    class Meta:
        ordering = ["url"]
        verbose_name = _("แหล่งนำเข้า (Harvest)")
        verbose_name_plural = _("แหล่งนำเข้า (Harvest)")

    def __str__(self):
        return self.title or self.url

    def owner_agency_id(self):
        return self.organization_id


auditlog.register(Dataset, m2m_fields={"groups"})
# A link check is the machine's observation, not a change anyone made.
auditlog.register(Resource, exclude_fields=["preview", "link_ok", "link_checked_at",
                                            "link_reason"])
auditlog.register(Field)
auditlog.register(Group)
auditlog.register(HarvestSource)
