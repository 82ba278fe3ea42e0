from django.core.management.base import BaseCommand

from pcio.compliance import tasks


class Command(BaseCommand):
    help = "ตรวจช่องทางที่ประกาศทั้งหมด (check) หรือส่งอีเมลเตือนหน่วยงานที่ยังขาด (remind)"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["check", "remind"])
        parser.add_argument("--agency", help="รหัสหน่วยงาน (ตรวจเฉพาะหน่วยงานนี้)")

    def handle(self, action, agency=None, **options):
        if action == "remind":
            sent = tasks.remind_all()
            self.stdout.write(f"ส่งอีเมลเตือน {sent} หน่วยงาน")
        elif agency:
            from pcio.agencies.models import Agency

            ok = tasks.check_agency(Agency.objects.get(code=agency).pk)
            self.stdout.write(f"ผ่าน {ok} ช่องทาง")
        else:
            self.stdout.write(f"สั่งตรวจ {tasks.check_all()} หน่วยงาน")
