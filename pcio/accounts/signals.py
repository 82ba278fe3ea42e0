from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from pcio.lib import permissions


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:  # a restored backup brings its own profiles
        from pcio.accounts.models import Profile

        role = permissions.ADMIN if instance.is_superuser else permissions.PUBLIC
        Profile.objects.get_or_create(user=instance, defaults={"role": role})
