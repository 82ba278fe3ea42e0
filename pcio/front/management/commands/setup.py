from django.core.management.base import BaseCommand, CommandError

from pcio.front import setup


class Command(BaseCommand):
    help = ("Set up this installation for its province: the province profile, the PAO, the "
            "provincial and district offices and the PCIO committee. Safe to run again.")

    def add_arguments(self, parser):
        parser.add_argument("--province", required=True,
                            help="province code (41) or Thai name, with or without จังหวัด")

    def handle(self, province, **options):
        try:
            found = setup.find_province(province)
        except setup.UnknownProvince as error:
            raise CommandError(str(error)) from error
        report = setup.set_up(found)
        self.stdout.write(f"{setup.display_name(found)}: {report}")
