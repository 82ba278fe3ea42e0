import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pcio.lib import permissions


class Profile(models.Model):
    ROLES = [
        (permissions.ADMIN, _("ผู้ดูแลระบบฝ่ายเลขานุการ")),
        (permissions.OFFICER, _("เจ้าหน้าที่หน่วยงาน")),
        (permissions.COMMITTEE, _("กรรมการ")),
        (permissions.PUBLIC, _("ประชาชนทั่วไป")),
    ]
    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name="profile")
    role = models.CharField(_("บทบาท"), max_length=20, choices=ROLES, default=permissions.PUBLIC)
    agency = models.ForeignKey(
        "agencies.Agency", models.SET_NULL, null=True, blank=True, related_name="officers",
        verbose_name=_("หน่วยงาน"),
    )
    phone = models.CharField(_("โทรศัพท์"), max_length=50, blank=True)

    class Meta:
        verbose_name = _("โปรไฟล์ผู้ใช้")
        verbose_name_plural = _("โปรไฟล์ผู้ใช้")

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"


def token_expiry(days=None):
    """When a token issued now expires: after PCIO_TOKEN_DAYS unless told otherwise."""
    days = settings.PCIO_TOKEN_DAYS if days is None else days
    return timezone.now() + timedelta(days=days)


class ApiToken(models.Model):
    """An API token. Only its SHA-256 is stored; the token itself is shown once.
    Every token expires; an expired one is refused exactly like an unknown one."""

    PREFIX = "pcio_"
    # Recording each use would be a write per API request; once a minute tells enough.
    LAST_USED_EVERY = timedelta(minutes=1)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("ชื่อ"), max_length=100, blank=True)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(default=timezone.now)
    last_used = models.DateTimeField(_("ใช้ล่าสุด"), null=True, blank=True)
    expires_at = models.DateTimeField(_("หมดอายุ"), default=token_expiry)

    class Meta:
        verbose_name = _("โทเคน API")
        verbose_name_plural = _("โทเคน API")

    def __str__(self):
        return f"{self.user} {self.name}".strip()

    @staticmethod
    def hash(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()

    def is_expired(self):
        return self.expires_at <= timezone.now()

    @classmethod
    def issue(cls, user, name="", days=None):
        raw = cls.PREFIX + secrets.token_urlsafe(32)
        cls.objects.create(user=user, name=name, digest=cls.hash(raw),
                           expires_at=token_expiry(days))
        return raw

    @classmethod
    def user_for(cls, raw: str):
        """The user of a live token, or None (unknown, expired, or the user deactivated)."""
        now = timezone.now()
        token = (cls.objects.select_related("user")
                 .filter(digest=cls.hash(raw), expires_at__gt=now).first())
        if token is None or not token.user.is_active:
            return None
        if token.last_used is None or now - token.last_used >= cls.LAST_USED_EVERY:
            cls.objects.filter(pk=token.pk).update(last_used=now)
        return token.user
