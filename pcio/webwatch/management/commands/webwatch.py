import argparse
import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pcio.lib.importer import ImportFailed, add_limit_arguments, limits_from_options, run_import
from pcio.webwatch import sites
from pcio.webwatch.crawl import Crawler, check_url
from pcio.webwatch.tasks import schedule_due_scans

EXIT = {"clean": 0, "infected": 1, "could_not_check": 2, "unreachable": 2}


def findings_json(findings) -> list:
    return [{"kind": f.kind, "persona": f.persona, "evidence": f.evidence,
             "weight": round(float(f.weight), 3)} for f in findings]


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is not one."""

    def __init__(self, stream):
        self.stream, self.on = stream, stream.isatty()

    def __call__(self, done, total):
        if self.on:
            filled = int(30 * min(done, total) / max(total, 1))
            self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} หน้า")
            self.stream.flush()

    def end(self):
        if self.on:
            self.stream.write("\n")


class Command(BaseCommand):
    help = ("Webwatch: check a page or scan a site for injected gambling spam, import sites, "
            "run due scans. Exit status: 0 clean (every page seen as every persona), "
            "1 infected, 2 could not check.")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser("check", help="check one URL as every persona")
        scan = sub.add_parser("scan", help="crawl one site and check every page")
        for cmd in (check, scan):
            cmd.add_argument("url")
            cmd.add_argument("--json", action="store_true")
            cmd.add_argument("--allow-private", action="store_true",
                             help="allow loopback/private addresses (testing, intranets)")
            cmd.add_argument("--timeout", type=float, default=None)
            cmd.add_argument("--render", action=argparse.BooleanOptionalAction, default=None,
                             help="run the scripts of pages that may build spam in headless "
                                  "Chromium (default: PCIO_WEBWATCH_RENDER, on)")
        scan.add_argument("--max-pages", type=int, default=settings.PCIO_WEBWATCH_MAX_PAGES)
        into = sub.add_parser("import", help="import sites from CSV/XLSX")
        into.add_argument("file")
        add_limit_arguments(into)
        sub.add_parser("sync", help="watch every website in the agency registry")
        sub.add_parser("run-due", help="dispatch due scans and reminders (for cron)")

    def handle(self, action, **options):
        handler = {"check": self._check, "scan": self._scan, "import": self._import,
                   "sync": self._sync, "run-due": self._run_due}[action]
        code = handler(**options)
        if code:
            raise SystemExit(code)

    def _fetch_options(self, url, options):
        # the agency's registered websites are its own: a redirect to one is not offsite
        return {"allow_private": True if options["allow_private"] else None,
                "timeout": options["timeout"], "own": sites.own_hosts_for(url),
                "render": options["render"]}

    def _check(self, url, **options):
        page = check_url(url, **self._fetch_options(url, options))
        if options["json"]:
            data = {"url": page.url, "verdict": page.verdict, "score": page.score,
                    "findings": findings_json(page.findings)}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(f"{page.verdict}\t{page.score:.2f}\t{page.url}")
            for f in page.findings:
                self.stdout.write(f"  - {f.kind} [{f.persona or '-'}] {f.evidence[:200]}")
        return EXIT[page.verdict]

    def _scan(self, url, **options):
        progress = Progress(sys.stderr)
        crawler = Crawler(url, max_pages=options["max_pages"], on_page=progress,
                          per_host=settings.PCIO_WEBWATCH_PER_HOST,
                          **self._fetch_options(url, options))
        report = crawler.run_sync()
        progress.end()
        if options["json"]:
            pages = [{"url": p.url, "verdict": p.verdict, "score": p.score,
                      "findings": findings_json(p.findings)} for p in report.pages]
            data = {"url": report.start_url, "verdict": report.verdict, "pages": pages}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for p in report.pages:
                self.stdout.write(f"{p.verdict}\t{p.score:.2f}\t{p.url}")
            self.stdout.write(f"# {report.verdict}: {len(report.pages)} หน้า")
        return EXIT[report.verdict]

    def _import(self, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"ไม่พบไฟล์ {path}")
        try:
            result = run_import(sites.SiteImporter(), path, path.name,
                                limits=limits_from_options(options))
        except ImportFailed as exc:
            raise CommandError(f"นำเข้าไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูล\n{exc}") from exc
        self.stdout.write(str(result))

    def _sync(self, **options):
        self.stdout.write(f"เพิ่มเว็บไซต์จากทะเบียนหน่วยงาน {sites.sync_from_registry()} เว็บไซต์")

    def _run_due(self, **options):
        added = sites.sync_from_registry()
        self.stdout.write(f"เพิ่มจากทะเบียน {added}, ส่งตรวจ {schedule_due_scans()} เว็บไซต์")
