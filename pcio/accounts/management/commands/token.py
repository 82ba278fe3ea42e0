from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pcio.accounts.models import ApiToken


class Command(BaseCommand):
    help = "Print a new API token for USERNAME (only its hash is stored)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")
        parser.add_argument("--days", type=int, default=None,
                            help="days until it expires (default PCIO_TOKEN_DAYS)")

    def handle(self, username, name, days, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"ไม่พบผู้ใช้ {username!r} / no such user")
        if days is not None and days < 1:
            raise CommandError("--days ต้องไม่น้อยกว่า 1 / must be at least 1")
        raw = ApiToken.issue(user, name=name, days=days)
        expires = ApiToken.objects.get(digest=ApiToken.hash(raw)).expires_at
        # The token alone goes to stdout, so scripts can capture it.
        self.stderr.write(f"หมดอายุ / expires {timezone.localtime(expires):%Y-%m-%d %H:%M}",
                          style_func=str)
        self.stdout.write(raw)
