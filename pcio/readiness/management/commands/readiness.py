import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pcio.lib.importer import ImportFailed, add_limit_arguments, limits_from_options, run_import
from pcio.readiness import results, scoring
from pcio.readiness.importing import ScoreImporter


class Command(BaseCommand):
    help = "Readiness survey: import pillar scores, print a unit's summary for a year."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        scores = sub.add_parser("import-scores", help="import-scores FILE (CSV or XLSX: year, "
                                "unit, pillar, score)")
        scores.add_argument("file")
        add_limit_arguments(scores)
        summary = sub.add_parser("summary", help="summary UNIT YEAR [--json]")
        summary.add_argument("unit")
        summary.add_argument("year", type=int)
        summary.add_argument("--json", action="store_true")
        sub.add_parser("remind", help="e-mail agencies with overdue questions (for cron when "
                       "there is no Celery beat)")

    def handle(self, action, **options):
        if action == "import-scores":
            return self._import(Path(options["file"]), limits_from_options(options))
        if action == "remind":
            from pcio.readiness.tasks import send_reminders

            return self.stdout.write(f"ส่งการแจ้งเตือน {send_reminders()} หน่วยงาน")
        self._summary(options["unit"], options["year"], options["json"])

    def _import(self, path, limits):
        if not path.is_file():
            raise CommandError(f"ไม่พบไฟล์ {path}")
        try:
            result = run_import(ScoreImporter(), path, path.name, limits=limits)
        except ImportFailed as exc:
            raise CommandError(f"นำเข้าไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูล\n{exc}") from exc
        self.stdout.write(str(result))

    def _summary(self, unit_text, year, as_json):
        unit = results.find_unit(unit_text)
        if unit is None:
            raise CommandError(f"ไม่พบจังหวัดหรือหน่วยงาน {unit_text!r}")
        result = results.summary(unit, year)
        if result is None:
            raise CommandError(f"ยังไม่มีปีการสำรวจ {year}")
        data = results.to_json(result)
        if as_json:
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        self.stdout.write(self._text(data))

    @staticmethod
    def _text(data):
        lines = [f"{data['unit_name']} ปี {data['year']}: คะแนนรวม {data['overall']} "
                 f"ระดับ {data['level_name']}"]
        for p in data["pillars"]:
            lines.append(f"  ตัวชี้วัดที่ {p['pillar']} {p['name']}: {p['score']} "
                         f"(ระดับ {p['level']}, เปลี่ยน {p['change']})")
        lines.append(f"ตัวชี้วัดระดับ 3 ขึ้นไป: {data['pillars_at_level_3_or_above']}")
        targets = ", ".join(f"{k} {v}" for k, v in data["kpi_targets"].items())
        lines.append(f"เป้าหมาย ก.พ.ร. ปีถัดไป: {targets or '-'}")
        if data["levels_assumed"]:
            lines.append(f"หมายเหตุ: เกณฑ์ระดับเป็นข้อสันนิษฐาน ({', '.join(scoring.DEFAULT_BOUNDS)})")
        return "\n".join(lines)
