import uuid
from pathlib import Path

from auditlog.registry import auditlog
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency, Province
from pcio.readiness import scoring

PILLARS = range(1, 8)


def default_bounds():
    return list(scoring.DEFAULT_BOUNDS)


def default_kpi_rule():
    return dict(scoring.DEFAULT_KPI_RULE)


class SurveyYear(models.Model):
    """One year of the survey: its weights (pillars), level thresholds and KPI rule, as data."""

    year = models.PositiveIntegerField(_("ปี พ.ศ."), unique=True)
    level_bounds = models.JSONField(
        _("เกณฑ์ขั้นต่ำระดับ 2–5"), default=default_bounds,
        help_text=_("คะแนนขั้นต่ำของระดับ 2, 3, 4 และ 5"),
    )
    bounds_assumed = models.BooleanField(
        _("เกณฑ์ระดับเป็นข้อสันนิษฐาน"), default=True,
        help_text=_("สพร. ไม่ได้เผยแพร่เกณฑ์ ใช้ค่าที่สอดคล้องกับข้อมูลที่มี"),
    )
    kpi_rule = models.JSONField(_("กติกาตัวชี้วัด ก.พ.ร."), default=default_kpi_rule)
    opens = models.DateField(_("เริ่มตอบแบบสำรวจ"), null=True, blank=True)
    closes = models.DateField(_("ปิดแบบสำรวจ"), null=True, blank=True)
    results_published = models.BooleanField(_("เผยแพร่ผลต่อสาธารณะ"), default=False)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    class Meta:
        ordering = ["-year"]
        verbose_name = _("ปีการสำรวจ")
        verbose_name_plural = _("ปีการสำรวจ")

    def __str__(self):
        return str(self.year)


class Pillar(models.Model):
    year = models.ForeignKey(SurveyYear, models.CASCADE, related_name="pillars")
    number = models.PositiveSmallIntegerField(_("ตัวชี้วัดที่"))
    name_th = models.CharField(_("ชื่อ (ไทย)"), max_length=200)
    name_en = models.CharField(_("ชื่อ (อังกฤษ)"), max_length=200)
    weight = models.DecimalField(_("น้ำหนัก (ร้อยละ)"), max_digits=5, decimal_places=2)
    shipped = models.JSONField(default=dict, blank=True, editable=False)  # pcio.lib.reference

    class Meta:
        ordering = ["year", "number"]
        unique_together = [("year", "number")]
        verbose_name = _("ตัวชี้วัด (Pillar)")
        verbose_name_plural = _("ตัวชี้วัด (Pillar)")

    def __str__(self):
        return f"{self.number} {self.name_en}"


class UnitResult(models.Model):
    """A result that belongs to a province or to one agency (exactly one of the two)."""

    year = models.ForeignKey(SurveyYear, models.CASCADE)
    province = models.ForeignKey(Province, models.CASCADE, null=True, blank=True)
    agency = models.ForeignKey(Agency, models.CASCADE, null=True, blank=True)

    class Meta:
        abstract = True

    def owner_agency_id(self):
        return self.agency_id

    def is_published(self):
        return self.year.results_published

    @classmethod
    def unit_constraints(cls, name, *fields):
        return [
            models.CheckConstraint(
                condition=Q(province__isnull=True) ^ Q(agency__isnull=True),
                name=f"{name}_one_unit"),
            models.UniqueConstraint(fields=["year", "province", *fields],
                                    condition=Q(province__isnull=False),
                                    name=f"{name}_province_once"),
            models.UniqueConstraint(fields=["year", "agency", *fields],
                                    condition=Q(agency__isnull=False), name=f"{name}_agency_once"),
        ]


class Score(UnitResult):
    pillar = models.PositiveSmallIntegerField(_("ตัวชี้วัดที่"))
    score = models.DecimalField(_("คะแนน"), max_digits=5, decimal_places=2)

    class Meta:
        ordering = ["year", "pillar"]
        constraints = UnitResult.unit_constraints("score", "pillar")
        verbose_name = _("คะแนนรายตัวชี้วัด")
        verbose_name_plural = _("คะแนนรายตัวชี้วัด")

    def __str__(self):
        return f"{self.year_id}/{self.province_id or self.agency_id} P{self.pillar} {self.score}"


class Reported(UnitResult):
    """Figures as DGA announced them, kept to check what pcio computes against them."""

    overall = models.DecimalField(_("คะแนนรวมที่ประกาศ"), max_digits=5, decimal_places=2,
                                  null=True, blank=True)
    rank = models.PositiveSmallIntegerField(_("อันดับ"), null=True, blank=True)
    rank_of = models.PositiveSmallIntegerField(_("จากทั้งหมด"), null=True, blank=True)

    class Meta:
        constraints = UnitResult.unit_constraints("reported")
        verbose_name = _("ผลที่ประกาศ")
        verbose_name_plural = _("ผลที่ประกาศ")

    def __str__(self):
        return f"{self.year_id}/{self.province_id or self.agency_id} {self.overall}"


class Benchmark(models.Model):
    """National provincial average and the top province's score, as announced (0 = overall)."""

    year = models.ForeignKey(SurveyYear, models.CASCADE, related_name="benchmarks")
    pillar = models.PositiveSmallIntegerField(_("ตัวชี้วัดที่ (0 = คะแนนรวม)"))
    average = models.DecimalField(_("คะแนนเฉลี่ยจังหวัด"), max_digits=5, decimal_places=2,
                                  null=True, blank=True)
    top = models.DecimalField(_("คะแนนจังหวัดอันดับ 1"), max_digits=5, decimal_places=2,
                              null=True, blank=True)

    class Meta:
        ordering = ["year", "pillar"]
        unique_together = [("year", "pillar")]
        verbose_name = _("ค่าเปรียบเทียบ")
        verbose_name_plural = _("ค่าเปรียบเทียบ")

    def __str__(self):
        return f"{self.year_id} P{self.pillar} {self.average}/{self.top}"

    def is_published(self):
        return self.year.results_published


class Kind(models.TextChoices):
    YES_NO = "yes_no", _("ใช่/ไม่ใช่")
    SINGLE = "single", _("เลือกหนึ่งข้อ")
    MULTIPLE = "multiple", _("เลือกได้หลายข้อ")
    NUMBER = "number", _("ตัวเลข")
    TEXT = "text", _("ข้อความ")
    FILE = "file", _("หลักฐานเป็นไฟล์")


class Question(models.Model):
    year = models.ForeignKey(SurveyYear, models.CASCADE, related_name="questions")
    code = models.CharField(_("รหัสข้อ"), max_length=30)
    pillar = models.PositiveSmallIntegerField(_("ตัวชี้วัดที่"))
    text = models.TextField(_("คำถาม"))
    kind = models.CharField(_("ประเภทคำตอบ"), max_length=10, choices=Kind.choices)
    choices = models.TextField(_("ตัวเลือก (บรรทัดละหนึ่ง)"), blank=True)
    points = models.JSONField(_("คะแนนต่อคำตอบ"), default=dict, blank=True)
    guidance = models.TextField(_("คำแนะนำ"), blank=True)
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)

    class Meta:
        ordering = ["year", "pillar", "code"]
        unique_together = [("year", "code")]
        verbose_name = _("ข้อคำถาม")
        verbose_name_plural = _("ข้อคำถาม")

    def __str__(self):
        return f"{self.code} {self.text[:60]}"

    def choice_list(self):
        if self.kind == Kind.YES_NO:
            return ["ใช่", "ไม่ใช่"]
        return [c.strip() for c in self.choices.splitlines() if c.strip()]


class Status(models.TextChoices):
    ASSIGNED = "assigned", _("รอตอบ")
    DRAFT = "draft", _("กำลังตอบ")
    SUBMITTED = "submitted", _("ส่งแล้ว รอตรวจ")
    RETURNED = "returned", _("ส่งกลับให้แก้ไข")
    ACCEPTED = "accepted", _("ผ่านการตรวจ")

    @classmethod
    def open(cls):
        """Statuses in which the agency still owes an answer."""
        return [cls.ASSIGNED, cls.DRAFT, cls.RETURNED]

    @classmethod
    def answered(cls):
        return [cls.SUBMITTED, cls.ACCEPTED]


class Assignment(models.Model):
    question = models.OneToOneField(Question, models.CASCADE, related_name="assignment")
    agency = models.ForeignKey(Agency, models.PROTECT, related_name="readiness_assignments",
                               verbose_name=_("หน่วยงานรับผิดชอบ"))
    supporting = models.ManyToManyField(Agency, blank=True, related_name="readiness_support",
                                        verbose_name=_("หน่วยงานสนับสนุน"))
    due = models.DateField(_("กำหนดส่ง"))
    status = models.CharField(_("สถานะ"), max_length=10, choices=Status.choices,
                              default=Status.ASSIGNED, db_index=True)
    answer = models.TextField(_("คำตอบ"), blank=True)
    review_comment = models.TextField(_("ความเห็นผู้ตรวจ"), blank=True)
    # Kept when the answer is accepted, so the estimated pillar score is one SQL sum.
    earned = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    possible = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due", "question__pillar", "question__code"]
        indexes = [models.Index(fields=["agency", "status"]),
                   models.Index(fields=["status", "due"])]
        verbose_name = _("การมอบหมาย")
        verbose_name_plural = _("การมอบหมาย")

    def __str__(self):
        return f"{self.question.code} → {self.agency.code}"

    def get_absolute_url(self):
        return reverse("readiness_assignment", args=[self.pk])

    def owner_agency_id(self):
        return self.agency_id

    def is_published(self):
        return False

    def is_open(self):
        return self.status in Status.open()

    def days_overdue(self) -> int:
        """Days past the deadline while an answer is still owed; 0 when on time or done."""
        if not self.is_open():
            return 0
        return max(0, (timezone.localdate() - self.due).days)

    def answer_list(self):
        return [a for a in self.answer.splitlines() if a.strip()]

    def score_answer(self):
        """Set the points this answer earns (None when the question's points are unknown)."""
        kind, points = self.question.kind, self.question.points
        # An accepted file question has accepted evidence: that is its answer.
        answers = ["evidence"] if kind == Kind.FILE else self.answer_list()
        self.earned = scoring.answer_points(kind, points, answers)
        self.possible = scoring.max_points(kind, points)


class Event(models.Model):
    """The survey cycle's own history, readable by the agency (auditlog keeps field changes)."""

    class Action(models.TextChoices):
        ASSIGNED = "assigned", _("มอบหมาย")
        SAVED = "saved", _("บันทึกคำตอบ")
        EVIDENCE = "evidence", _("แนบหลักฐาน")
        SUBMITTED = "submitted", _("ส่งคำตอบ")
        RETURNED = "returned", _("ส่งกลับให้แก้ไข")
        ACCEPTED = "accepted", _("ผ่านการตรวจ")

    assignment = models.ForeignKey(Assignment, models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.assignment_id} {self.action}"


def evidence_path(instance, filename):
    # Random names: the uploader's file name is never part of a path on disk.
    suffix = Path(filename).suffix.lower()[:10]
    return f"readiness/{instance.assignment_id}/{uuid.uuid4().hex}{suffix}"


class Evidence(models.Model):
    assignment = models.ForeignKey(Assignment, models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to=evidence_path, blank=True, max_length=200)
    link = models.URLField(_("ลิงก์"), blank=True, max_length=500)
    name = models.CharField(_("ชื่อไฟล์หรือคำอธิบาย"), max_length=200)
    size = models.PositiveIntegerField(default=0)
    content_type = models.CharField(max_length=100, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True,
                                 blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "id"]

    def __str__(self):
        return self.name

    def owner_agency_id(self):
        return self.assignment.agency_id

    def is_published(self):
        return False


for model in (SurveyYear, Pillar, Score, Reported, Benchmark, Question, Evidence):
    auditlog.register(model)
auditlog.register(Assignment, m2m_fields={"supporting"})
