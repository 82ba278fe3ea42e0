from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pcio.agencies import importing
from pcio.agencies.models import Agency
from pcio.lib import export
from pcio.lib.importer import ImportFailed, add_limit_arguments, limits_from_options, run_import


class Command(BaseCommand):
    help = "Import or export the agency registry as CSV or XLSX (all-or-nothing import)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        into = sub.add_parser("import", help="import FILE")
        into.add_argument("file")
        add_limit_arguments(into)
        out = sub.add_parser("export", help="export FILE (.csv or .xlsx)")
        out.add_argument("file")

    def handle(self, action, file, **options):
        if action == "import":
            self._import(Path(file), limits_from_options(options))
        else:
            fmt = "xlsx" if file.endswith(".xlsx") else "csv"
            body, _ = export.render(fmt, importing.COLUMNS,
                                    importing.export_rows(Agency.objects.all()), "agencies")
            Path(file).write_bytes(body)
            self.stdout.write(f"เขียน {Agency.objects.count()} หน่วยงานลง {file}")

    def _import(self, path, limits):
        if not path.is_file():
            raise CommandError(f"ไม่พบไฟล์ {path}")
        try:
            result = run_import(importing.AgencyImporter(), path, path.name, limits=limits)
        except ImportFailed as exc:
            raise CommandError(f"นำเข้าไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูล\n{exc}") from exc
        self.stdout.write(str(result))
