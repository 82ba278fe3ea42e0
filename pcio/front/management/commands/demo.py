from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Load the Nong Khai demo data. Safe to run again: records are updated, not duplicated."

    def handle(self, **options):
        with transaction.atomic():
            for config in apps.get_app_configs():
                if config.name.startswith("pcio.") and find_spec(f"{config.name}.demo"):
                    summary = import_module(f"{config.name}.demo").load()
                    self.stdout.write(f"{config.verbose_name}: {summary}")
        from pcio.accounts.demo import logins

        self.stdout.write("\nบัญชีสาธิต / demo logins:")
        for username, password, role in logins():
            self.stdout.write(f"  {username} / {password}  ({role})")
