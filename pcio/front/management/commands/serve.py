from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve pcio with waitress (a production WSGI server that also runs on Windows)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, host, port, threads, **options):
        from waitress import serve

        from pcio.wsgi import application

        self.stdout.write(f"pcio: http://{host}:{port}/  (data: {settings.DATA_DIR})")
        serve(application, host=host, port=port, threads=threads, ident="pcio")
