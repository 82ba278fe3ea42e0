from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pcio.lib.thai import arabic_digits
from pcio.meetings import documents
from pcio.meetings.models import Meeting


class Command(BaseCommand):
    help = "Meeting documents: export NUMBER/YEAR --committee CODE --doc --format --output"

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="Write an agenda, minutes or pack to a file")
        export.add_argument("number", help="ครั้งที่ เช่น 1/2568")
        export.add_argument("--committee", default="pcio")
        export.add_argument("--doc", choices=sorted(documents.BUILDERS), default="agenda")
        export.add_argument("--format", choices=["pdf", "docx"], default="pdf")
        export.add_argument("--output", required=True)

    def handle(self, action, number, committee, doc, format, output, **options):
        meeting = find_meeting(committee, number)
        render = documents.pdf if format == "pdf" else documents.docx
        body = render(meeting, doc)
        Path(output).write_bytes(body)
        self.stdout.write(f"{output}: {len(body)} bytes ({meeting})")


def find_meeting(committee, label):
    try:
        number, year = (int(part) for part in arabic_digits(label).split("/"))
    except ValueError:
        raise CommandError(f"เลขครั้งที่ประชุมไม่ถูกต้อง: {label!r} (ตัวอย่าง 1/2568)") from None
    meeting = Meeting.objects.filter(committee__code=committee, number=number, year=year).first()
    if meeting is None:
        raise CommandError(f"ไม่พบการประชุมครั้งที่ {label} ของคณะกรรมการ {committee!r}")
    return meeting
