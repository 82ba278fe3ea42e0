from auditlog.registry import auditlog
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pcio.meetings import rules


class Committee(models.Model):
    code = models.SlugField(_("รหัส"), max_length=30, unique=True)
    name_th = models.CharField(_("ชื่อคณะกรรมการ"), max_length=300)
    name_en = models.CharField(_("ชื่อ (อังกฤษ)"), max_length=300, blank=True)
    order_ref = models.CharField(_("คำสั่งแต่งตั้ง"), max_length=200, blank=True)
    secretariat = models.ForeignKey(
        "agencies.Agency", models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("ฝ่ายเลขานุการ"),
    )
    # Administrative Procedure Act B.E. 2539 s. 79: at least half of all members, unless the
    # committee's own order says otherwise.
    quorum_percent = models.PositiveSmallIntegerField(
        _("องค์ประชุม (ร้อยละของกรรมการทั้งหมด)"), default=50,
        help_text=_("พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง พ.ศ. 2539 มาตรา 79: ไม่น้อยกว่ากึ่งหนึ่ง"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("คณะกรรมการ")
        verbose_name_plural = _("คณะกรรมการ")

    def __str__(self):
        return self.name_th

    def owner_agency_id(self):
        return None  # committee business is the secretariat's alone


class Role(models.TextChoices):
    CHAIR = "chair", _("ประธานกรรมการ")
    VICE_CHAIR = "vice_chair", _("รองประธานกรรมการ")
    MEMBER = "member", _("กรรมการ")
    SECRETARY = "secretary", _("กรรมการและเลขานุการ")
    ASSISTANT = "assistant", _("กรรมการและผู้ช่วยเลขานุการ")


class Member(models.Model):
    committee = models.ForeignKey(Committee, models.CASCADE, related_name="members",
                                  verbose_name=_("คณะกรรมการ"))
    name = models.CharField(_("ชื่อ-สกุล"), max_length=200)
    position = models.CharField(_("ตำแหน่ง"), max_length=300, blank=True)
    agency = models.ForeignKey("agencies.Agency", models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("หน่วยงาน"))
    role = models.CharField(_("บทบาท"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    position_order = models.PositiveIntegerField(_("ลำดับ"), default=0)

    class Meta:
        ordering = ["committee", "position_order", "id"]
        verbose_name = _("กรรมการ")
        verbose_name_plural = _("กรรมการ")

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"

    def owner_agency_id(self):
        return None


class Status(models.TextChoices):
    DRAFT = "draft", _("ร่าง")
    SENT = "sent", _("ส่งระเบียบวาระแล้ว")
    HELD = "held", _("ประชุมแล้ว")
    APPROVED = "approved", _("รับรองรายงานการประชุมแล้ว")


class Meeting(models.Model):
    committee = models.ForeignKey(Committee, models.PROTECT, related_name="meetings",
                                  verbose_name=_("คณะกรรมการ"))
    number = models.PositiveIntegerField(_("ครั้งที่"))
    year = models.PositiveIntegerField(_("ปี พ.ศ."))
    date = models.DateField(_("วันที่"))
    time = models.TimeField(_("เวลา"))
    venue = models.CharField(_("สถานที่"), max_length=300)
    status = models.CharField(_("สถานะ"), max_length=10, choices=Status.choices,
                              default=Status.DRAFT, db_index=True)
    minutes_pages = models.PositiveIntegerField(
        _("จำนวนหน้ารายงานการประชุม"), null=True, blank=True,
        help_text=_("เว้นว่างไว้เพื่อนับจากรายงานการประชุมที่ระบบพิมพ์"))
    approved_at = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, related_name="approved_minutes",
        verbose_name=_("รับรองรายงานในการประชุม"),
    )
    is_sample = models.BooleanField(_("ข้อมูลตัวอย่าง"), default=False)
    started = models.TimeField(_("เริ่มประชุมเวลา"), null=True, blank=True)
    closed = models.TimeField(_("เลิกประชุมเวลา"), null=True, blank=True)
    minutes_taker = models.CharField(_("ผู้จดรายงานการประชุม"), max_length=200, blank=True)
    minutes_taker_position = models.CharField(_("ตำแหน่งผู้จดรายงาน"), max_length=300,
                                              blank=True)
    minutes_checker = models.CharField(_("ผู้ตรวจรายงานการประชุม"), max_length=200, blank=True)
    minutes_checker_position = models.CharField(_("ตำแหน่งผู้ตรวจรายงาน"), max_length=300,
                                                blank=True)
    minutes_circulated = models.DateTimeField(_("เวียนร่างรายงานการประชุมเมื่อ"), null=True,
                                              blank=True)

    class Meta:
        ordering = ["-date", "-time"]
        unique_together = [("committee", "number", "year")]
        verbose_name = _("การประชุม")
        verbose_name_plural = _("การประชุม")

    def __str__(self):
        return f"{self.committee.name_th} ครั้งที่ {self.label}"

    def get_absolute_url(self):
        return reverse("meeting", args=[self.pk])

    @property
    def label(self):
        return f"{self.number}/{self.year}"

    def owner_agency_id(self):
        return None

    def is_published(self):
        return self.status != Status.DRAFT

    def quorum(self):
        """(members present, members in all, members needed): substitutes and members online
        count as present; guests do not."""
        total = self.committee.members.count()
        present = self.attendance.filter(kind=Attendance.Kind.PRESENT, member__isnull=False)
        needed = -(-total * self.committee.quorum_percent // 100)
        return present.count(), total, needed

    def has_quorum(self):
        present, total, needed = self.quorum()
        return total == 0 or present >= needed

    def previous(self):
        return (Meeting.objects.filter(committee_id=self.committee_id)
                .filter(models.Q(date__lt=self.date)
                        | models.Q(date=self.date, time__lt=self.time))
                .order_by("-date", "-time").first())


class Section(models.IntegerChoices):
    CHAIR = 1, _("เรื่องประธานแจ้งให้ที่ประชุมทราบ")
    MINUTES = 2, _("เรื่องรับรองรายงานการประชุมครั้งที่แล้ว")
    FOR_INFO = 3, _("เรื่องเพื่อทราบ")
    FOR_DECISION = 4, _("เรื่องเพื่อพิจารณา")
    OTHER = 5, _("เรื่องอื่น ๆ")


class Item(models.Model):
    meeting = models.ForeignKey(Meeting, models.CASCADE, related_name="items")
    section = models.PositiveSmallIntegerField(_("ระเบียบวาระที่"), choices=Section.choices)
    position = models.PositiveIntegerField(_("ลำดับ"), default=0)
    title = models.CharField(_("เรื่อง"), max_length=500, blank=True,
                             help_text=_("เว้นว่างเมื่อเป็นเนื้อความของระเบียบวาระเอง (ไม่มีเลขข้อย่อย)"))
    presenter = models.CharField(_("โดย (หน่วยงานที่เสนอ)"), max_length=500, blank=True)
    agency = models.ForeignKey("agencies.Agency", models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("หน่วยงานที่เสนอ"))
    body = models.TextField(
        _("เนื้อความ"), blank=True,
        help_text=_("ย่อหน้าคั่นด้วยบรรทัดว่าง ตาราง: บรรทัดขึ้นต้นด้วย | "
                    "ตารางจากระบบอื่น: [[readiness.comparison]]"),
    )
    closing = models.CharField(_("ข้อความปิดท้าย"), max_length=200, blank=True,
                               help_text=_("เว้นว่างเพื่อใช้ข้อความตามระเบียบวาระ"))
    cites = models.CharField(_("อ้างถึงหนังสือ"), max_length=500, blank=True)

    class Meta:
        ordering = ["meeting", "section", "position", "id"]
        verbose_name = _("เรื่องในระเบียบวาระ")
        verbose_name_plural = _("เรื่องในระเบียบวาระ")

    def __str__(self):
        return self.title or self.get_section_display()

    def owner_agency_id(self):
        return None

    def is_published(self):
        return self.meeting.is_published()

    def closing_line(self):
        return self.closing or rules.closing_line(self.section)


class Attachment(models.Model):
    item = models.ForeignKey(Item, models.CASCADE, related_name="attachments")
    title = models.CharField(_("ชื่อเอกสาร"), max_length=300)
    file = models.FileField(_("ไฟล์"), upload_to="meetings/%Y/", blank=True)
    minutes_of = models.ForeignKey(
        Meeting, models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("รายงานการประชุมของ"),
        help_text=_("แนบรายงานการประชุมที่ระบบจัดทำ (ฉบับรับรองเมื่อรับรองแล้ว)"))
    embed = models.CharField(_("ตารางจากระบบ"), max_length=200, blank=True,
                             help_text=_("เช่น readiness.comparison year=2567"))
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("เอกสารประกอบ")
        verbose_name_plural = _("เอกสารประกอบ")

    def __str__(self):
        return self.title

    def owner_agency_id(self):
        return None


class Attendance(models.Model):
    class Kind(models.TextChoices):
        PRESENT = "present", _("ผู้มาประชุม")
        ABSENT = "absent", _("ผู้ไม่มาประชุม")
        GUEST = "guest", _("ผู้เข้าร่วมประชุม")

    meeting = models.ForeignKey(Meeting, models.CASCADE, related_name="attendance")
    member = models.ForeignKey(Member, models.SET_NULL, null=True, blank=True, related_name="+")
    name = models.CharField(_("ชื่อ-สกุล"), max_length=200)
    position = models.CharField(_("ตำแหน่ง"), max_length=300, blank=True)
    kind = models.CharField(_("การเข้าประชุม"), max_length=10, choices=Kind.choices,
                            default=Kind.PRESENT)
    reason = models.CharField(_("เหตุผล"), max_length=300, blank=True)
    # The name of whoever came in this member's place ("นาย ข แทน นาย ก").
    substitute_for = models.CharField(_("ผู้มาประชุมแทน"), max_length=200, blank=True)
    online = models.BooleanField(_("ประชุมผ่านสื่ออิเล็กทรอนิกส์"), default=False)
    position_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "kind", "position_order", "id"]
        verbose_name = _("การเข้าประชุม")
        verbose_name_plural = _("การเข้าประชุม")

    def __str__(self):
        return self.name

    def owner_agency_id(self):
        return None


class Outcome(models.TextChoices):
    CERTIFIED = "certified", _("รับรองโดยไม่มีแก้ไข")
    CERTIFIED_AMENDED = "amended", _("รับรองโดยมีการแก้ไข")
    NOTED = "noted", _("รับทราบ")
    APPROVED = "approved", _("เห็นชอบ")
    APPROVED_WITH_REMARKS = "remarks", _("เห็นชอบโดยมีข้อสังเกต")
    ASSIGNED = "assigned", _("มอบหมาย")
    REJECTED = "rejected", _("ไม่เห็นชอบ")
    DEFERRED = "deferred", _("เลื่อน")


class Resolution(models.Model):
    item = models.OneToOneField(Item, models.CASCADE, related_name="resolution")
    outcome = models.CharField(_("มติ"), max_length=10, choices=Outcome.choices)
    text = models.TextField(_("รายละเอียดมติ"), blank=True)
    discussion = models.TextField(_("สรุปการอภิปราย"), blank=True)
    votes_for = models.PositiveIntegerField(_("เห็นด้วย (เสียง)"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("ไม่เห็นด้วย (เสียง)"), null=True, blank=True)
    votes_abstain = models.PositiveIntegerField(_("งดออกเสียง"), null=True, blank=True)
    recorded = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("มติที่ประชุม")
        verbose_name_plural = _("มติที่ประชุม")

    def __str__(self):
        return self.get_outcome_display()

    def owner_agency_id(self):
        return None

    def is_published(self):
        return self.item.meeting.is_published()

    def sentence(self):
        sentence = rules.resolution_sentence(self.outcome, self.get_outcome_display(), self.text)
        return rules.with_votes(sentence, self.votes_for, self.votes_against, self.votes_abstain)


class ActionStatus(models.TextChoices):
    OPEN = "open", _("ยังไม่ดำเนินการ")
    DOING = "doing", _("อยู่ระหว่างดำเนินการ")
    DONE = "done", _("ดำเนินการแล้ว")


class ActionItemQuerySet(models.QuerySet):
    def pending(self):
        return self.exclude(status=ActionStatus.DONE)


class ActionItem(models.Model):
    resolution = models.ForeignKey(Resolution, models.CASCADE, related_name="actions")
    title = models.CharField(_("สิ่งที่ต้องดำเนินการ"), max_length=500)
    agency = models.ForeignKey("agencies.Agency", models.PROTECT, related_name="meeting_actions",
                               verbose_name=_("หน่วยงานรับผิดชอบ"))
    due = models.DateField(_("กำหนดเสร็จ"), null=True, blank=True)
    status = models.CharField(_("สถานะ"), max_length=10, choices=ActionStatus.choices,
                              default=ActionStatus.OPEN, db_index=True)
    progress = models.TextField(_("ความคืบหน้า"), blank=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["due", "id"]
        verbose_name = _("เรื่องที่ต้องติดตาม")
        verbose_name_plural = _("เรื่องที่ต้องติดตาม")

    def __str__(self):
        return self.title

    @property
    def owner_agency_id(self):
        # The owner agency reports its own progress; everything else is the secretariat's.
        return self.agency_id

    def is_published(self):
        return self.resolution.item.meeting.is_published()


class MinutesVersion(models.Model):
    meeting = models.ForeignKey(Meeting, models.CASCADE, related_name="minutes_versions")
    version = models.PositiveIntegerField()
    text = models.TextField(_("รายงานการประชุม"))
    note = models.CharField(_("หมายเหตุการแก้ไข"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True,
                               blank=True, related_name="+")

    class Meta:
        ordering = ["meeting", "-version"]
        unique_together = [("meeting", "version")]
        verbose_name = _("ฉบับรายงานการประชุม")
        verbose_name_plural = _("ฉบับรายงานการประชุม")

    def __str__(self):
        return f"{self.meeting.label} v{self.version}"

    def owner_agency_id(self):
        return None


class Correction(models.Model):
    """A member's proposed correction to circulated draft minutes, kept with its author."""

    class State(models.TextChoices):
        OPEN = "open", _("รอพิจารณา")
        ACCEPTED = "accepted", _("แก้ไขแล้ว")
        DECLINED = "declined", _("ไม่แก้ไข")

    meeting = models.ForeignKey(Meeting, models.CASCADE, related_name="corrections")
    item = models.ForeignKey(Item, models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("เรื่อง"))
    text = models.TextField(_("ขอแก้ไขเป็น"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True,
                               related_name="+", verbose_name=_("ผู้เสนอ"))
    created = models.DateTimeField(auto_now_add=True)
    state = models.CharField(_("สถานะ"), max_length=10, choices=State.choices,
                             default=State.OPEN)
    response = models.CharField(_("คำตอบของฝ่ายเลขานุการ"), max_length=500, blank=True)

    class Meta:
        ordering = ["meeting", "created", "id"]
        verbose_name = _("ข้อเสนอแก้ไขรายงานการประชุม")
        verbose_name_plural = _("ข้อเสนอแก้ไขรายงานการประชุม")

    def __str__(self):
        return self.text[:60]

    def owner_agency_id(self):
        return None

    def is_published(self):
        return False  # between the committee and its secretariat


class Stage(models.TextChoices):
    SENT = "sent", _("ส่งระเบียบวาระ")
    REVISED = "revised", _("ฉบับแก้ไข")
    CIRCULATED = "circulated", _("เวียนร่างรายงานการประชุม")
    CERTIFIED = "certified", _("รายงานการประชุมที่รับรองแล้ว")


class IssuedDocument(models.Model):
    """A document as it was sent: its files, their SHA-256, who and when, and the blocks
    (with the live tables' data) it was drawn from. Never changed; a revision is a new row."""

    meeting = models.ForeignKey(Meeting, models.PROTECT, related_name="issued")
    doc = models.CharField(_("เอกสาร"), max_length=10)
    version = models.PositiveIntegerField(_("ฉบับที่"))
    stage = models.CharField(_("การออกเอกสาร"), max_length=10, choices=Stage.choices)
    reason = models.CharField(_("เหตุผลการแก้ไข"), max_length=500, blank=True)
    blocks = models.JSONField(_("เนื้อความและข้อมูลที่ใช้"))
    data_as_of = models.DateField(_("ข้อมูล ณ"))
    pdf = models.FileField(upload_to="issued/%Y/")
    docx = models.FileField(upload_to="issued/%Y/")
    pdf_sha256 = models.CharField(max_length=64)
    docx_sha256 = models.CharField(max_length=64)
    issued_at = models.DateTimeField(_("ออกเมื่อ"))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True,
                                  blank=True, related_name="+", verbose_name=_("ผู้ออก"))

    class Meta:
        ordering = ["meeting", "doc", "-version"]
        unique_together = [("meeting", "doc", "version")]
        verbose_name = _("เอกสารที่ออกแล้ว")
        verbose_name_plural = _("เอกสารที่ออกแล้ว")

    def __str__(self):
        return f"{self.meeting.label} {self.doc} ฉบับที่ {self.version}"

    def owner_agency_id(self):
        return None

    def is_published(self):
        if self.doc == "minutes":
            return self.stage == Stage.CERTIFIED
        return self.meeting.is_published()


for model in (Committee, Member, Meeting, Item, Attachment, Attendance, Resolution, ActionItem,
              MinutesVersion, Correction, IssuedDocument):
    auditlog.register(model)
