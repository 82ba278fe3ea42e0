from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pcio.accounts.models import ApiToken


class Command(BaseCommand):
    help = "Print a new API token for USERNAME (only its hash is stored)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")

    def handle(self, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"ไม่พบผู้ใช้ {username!r} / no such user")
        self.stdout.write(ApiToken.issue(user, name=name))
