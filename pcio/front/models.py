from django.db import models
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
