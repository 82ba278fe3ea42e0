"""How long a 20-page agenda with live tables takes to become a PDF (goal: under 3 s).

Run: PCIO_DATA_DIR=$(mktemp -d) .venv/bin/python bench/meetings_pdf.py
Builds a throwaway SQLite database, a meeting whose items each carry a live table (the
meetings action_items embed, 12 rows) and body text, renders the agenda (two layouts: one to
find the continuation cues, one to print them) and prints the figures.
"""

import os
import platform
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock

os.environ.setdefault("PCIO_DATA_DIR", tempfile.mkdtemp())
os.environ["DATABASE_URL"] = f"sqlite:///{os.environ['PCIO_DATA_DIR']}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pcio.settings")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import django  # noqa: E402

django.setup()
from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)
from pcio.agencies.models import Agency  # noqa: E402
from pcio.meetings import documents, services  # noqa: E402
from pcio.meetings.models import ActionItem, Committee, Section  # noqa: E402

PARAGRAPH = ("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ได้แจ้งผลการสำรวจระดับความพร้อมการพัฒนา"
             "รัฐบาลดิจิทัลของหน่วยงานภาครัฐ ประจำปี 2567 ของจังหวัดหนองคาย มีคะแนนรวม 70.93 คะแนน ")


def build(items=13):
    agency = Agency.objects.create(code="B1", name_th="สำนักงานจังหวัดหนองคาย", type="provincial")
    committee = Committee.objects.create(code="bench", name_th="คณะกรรมการทดสอบความเร็ว")
    meeting = services.create_meeting(committee, 1, 2568, date(2025, 4, 22), clock(13, 30),
                                      "ห้องประชุมพระใส")
    for i in range(items):
        body = f"{PARAGRAPH * 2}\n[[meetings.action_items committee=bench]]\n{PARAGRAPH}"
        item = services.add_item(meeting, Section.FOR_INFO, title=f"เรื่องที่ {i + 1}",
                                 presenter="สำนักงานจังหวัดหนองคาย", body=body)
        if i < 12:
            resolution = services.record_resolution(item, "assigned")
            ActionItem.objects.create(resolution=resolution, agency=agency,
                                      title=f"งานที่ต้องติดตาม {i + 1}", due=date(2025, 6, 30))
    return meeting


def main():
    import io

    from pypdf import PdfReader

    meeting = build()
    documents.pdf(meeting)  # warm up: fonts, the Thai word list, templates
    times, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        body = documents.pdf(meeting)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    pages = len(PdfReader(io.BytesIO(body)).pages)
    print(f"meetings agenda PDF: {pages} pages, 13 items each with a 12-row live table")
    print(f"render (layout + cue overlay + write): wall best {min(times):.2f} s, "
          f"worst {max(times):.2f} s; CPU best {min(cpu):.2f} s (3 warm runs); goal < 3 s")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, SQLite")


if __name__ == "__main__":
    main()
