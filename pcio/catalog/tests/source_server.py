"""A second pcio for the harvest test: its own SQLite in PCIO_DATA_DIR, a few datasets, served
on 127.0.0.1 port 0; prints the port it got, then serves until killed."""

import os
import sys

os.environ["DJANGO_SETTINGS_MODULE"] = "pcio.settings"
os.environ.pop("DATABASE_URL", None)


def main():
    import django

    django.setup()
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    from pcio.agencies.models import Agency
    from pcio.catalog import services
    from pcio.catalog.tests.conftest import valid_metadata

    call_command("migrate", verbosity=0)
    services.ensure_groups()
    Agency.objects.create(code="A", name_th="สำนักงานสถิติจังหวัดหนองคาย", type="central")
    dataset = services.save_dataset(valid_metadata(allow_harvest="True", groups=["economy"]))
    services.save_resource(dataset, {"name": "ไฟล์", "url": "https://data.example.go.th/t.csv"})
    services.save_dataset(valid_metadata(name="second", title="มูลค่าการค้าชายแดน"))
    services.save_dataset(valid_metadata(name="hidden-draft", title="ร่างที่ยังไม่เผยแพร่",
                                         private=True))

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=Quiet)
    sys.stdout.write(f"{server.server_port}\n")
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
