"""Webwatch scan speed and scheduling memory.

    .venv/bin/python bench/webwatch_scan.py [--pages 2000] [--per-host 4]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pcio_bench \
        .venv/bin/python bench/webwatch_scan.py

1. A local site of N pages (Thai pages of about 60 KB, each linking to others) served by a
   separate process. Bare fetching: every page as every persona with the same guarded
   client and the same concurrency, no parsing. Scan: the real Crawler (robots, sitemap,
   soft-404 probe, links, detection of every page as every persona), then the same scan as a
   worker runs it (run_scan: every page stored in the database). Requests per second of
   each, counted by the server; goal: scan rate >= 0.5 x bare rate. Then the scan with
   selective rendering in Chromium (one page in 10 carries an inline script that writes to
   the document, the same on each page as a site template's would be, so it is rendered
   once; one page in PCIO_WEBWATCH_RENDER_EVERY is sampled): goal >= 0.3 x bare rate.
   The other figures are without rendering (PCIO_WEBWATCH_RENDER=off unless set).
2. Memory with 8,000 sites scheduled: run-due claims them all and sends 8,000 scan_site
   tasks to Redis (DB 14, emptied before and after; skipped without Redis). Peak RSS.
"""

import argparse
import asyncio
import multiprocessing
import os
import resource
import socket
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(__file__))
os.environ.setdefault("PCIO_WEBWATCH_PER_HOST", "4")
os.environ.setdefault("PCIO_WEBWATCH_RENDER", "off")

WORDS = ("จังหวัดหนองคาย ประชุมคณะกรรมการ ข่าวประชาสัมพันธ์ การพัฒนารัฐบาลดิจิทัล สำนักงาน "
         "ส่งเสริมการท่องเที่ยว ภาษีที่ดิน ตลาดท่าเสด็จ แม่น้ำโขง บริการประชาชน ").split()


def page_html(i: int, n: int) -> bytes:
    links = "".join(f'<li><a href="/p{(i * 7 + k) % n}">ข่าว {(i * 7 + k) % n}</a></li>'
                    for k in range(1, 9))
    body = " ".join(WORDS[(i + j) % len(WORDS)] for j in range(1500))
    if i % 10 == 5:  # a script that writes to the document: such a page is rendered
        body += ("<span id='y'></span><script>document.getElementById('y').innerHTML="
                 "'ปรับปรุง ' + new Date().getFullYear();</script>")
    html = (f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>หน้า {i} '
            f"เทศบาลตำบลตัวอย่าง</title></head><body><nav><ul>{links}</ul></nav>"
            f"<main><h1>ข่าวที่ {i}</h1><p>{body}</p></main></body></html>")
    return html.encode()


def serve(n, port_queue, counter):
    pages = [page_html(i, n) for i in range(n)]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs

        def do_GET(self):  # noqa: N802 - http.server
            with counter.get_lock():
                counter.value += 1
            path = self.path.split("?")[0]
            number = 0 if path == "/" else int(path[2:]) if path[2:].isdigit() else -1
            status, body = (200, pages[number]) if 0 <= number < n else (404, b"not found")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


async def bare(base, n, per_host):
    from pcio.lib.fetch import afetch, guarded_client
    from pcio.webwatch.detect import PERSONAS

    limit = asyncio.Semaphore(per_host)

    async def one(client, url, headers):
        async with limit:
            await afetch(url, client=client, headers=headers)

    async with guarded_client(allow_private=True, max_connections=per_host) as client:
        urls = [f"{base}/"] + [f"{base}/p{i}" for i in range(1, n)]
        await asyncio.gather(*(one(client, u, h) for u in urls for h in PERSONAS.values()))


def measure(counter, work):
    before, started = counter.value, time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - started
    requests = counter.value - before
    return requests, elapsed, result


def scan_bench(n, per_host):
    import _setup  # noqa: F401 - Django settings for the models' pack()

    from pcio.webwatch.crawl import Crawler
    from pcio.webwatch.models import PageResult
    from pcio.webwatch.scanning import snapshot

    counter = multiprocessing.Value("l", 0)
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(n, ports, counter), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=60)}"
    Crawler(base + "/", max_pages=3, allow_private=True).run_sync()  # warm up the detector
    b_req, b_time, _ = measure(counter, lambda: asyncio.run(bare(base, n, per_host)))
    print(f"site: {n} pages of {len(page_html(1, n)) // 1024} KB, 5 personas, "
          f"{per_host} requests at once, server in its own process")
    print(f"bare fetching: {b_req} requests in {b_time:.1f} s = {b_req / b_time:.0f} req/s")
    for label, executor in (("scan, detection inline (as on a Celery worker)", None),
                            ("scan, detection in 1 extra process", ProcessPoolExecutor(1))):
        kept = []  # as run_scan does: each page packed (zlib) as it completes, bodies dropped
        crawler = Crawler(base + "/", max_pages=n, per_host=per_host, allow_private=True,
                          keep_fetches=False, executor=executor, render=False,
                          on_result=lambda page, kept=kept: kept.append(
                              PageResult.pack(snapshot(page))))
        s_req, s_time, report = measure(counter, crawler.run_sync)
        print(f"{label}: {s_req} requests in {s_time:.1f} s = {s_req / s_time:.0f} req/s, "
              f"ratio scan/bare {(s_req / s_time) / (b_req / b_time):.2f} (goal >= 0.5); "
              f"{len(report.pages)} pages, verdict {report.verdict}, "
              f"snapshots {sum(map(len, kept)) / 1e6:.1f} MB compressed")
        if executor:
            executor.shutdown()
    render_bench(base, n, per_host, counter, b_req / b_time)
    stored_scan_bench(base, n, counter, b_req / b_time)
    server.terminate()
    print(f"peak RSS of the scanning process: {peak_mb():.0f} MB")


def render_bench(base, n, per_host, counter, bare_rate):
    """The scan with selective rendering: one browser, a fresh context per rendered page."""
    from pcio.webwatch import render
    from pcio.webwatch.crawl import Crawler

    if not render.chromium():
        print("scan with rendering: skipped (Chromium is not installed)")
        return
    crawler = Crawler(base + "/", max_pages=n, per_host=per_host, allow_private=True,
                      keep_fetches=False, render=True)
    rendered = []
    original = render.Renderer.render

    async def counted(self, fetched, persona=None):
        rendered.append(fetched.url)
        return await original(self, fetched, persona)

    render.Renderer.render = counted
    try:
        s_req, s_time, report = measure(counter, crawler.run_sync)
    finally:
        render.Renderer.render = original
    print(f"scan with selective rendering (1 page in 10 writes with the same script, 1 in "
          f"{crawler.render_every} sampled): {len(rendered)} of {len(report.pages)} pages "
          f"rendered; {s_req} requests in {s_time:.1f} s = {s_req / s_time:.0f} req/s, ratio "
          f"scan/bare {(s_req / s_time) / bare_rate:.2f} (goal >= 0.3); verdict "
          f"{report.verdict}")


def stored_scan_bench(base, n, counter, bare_rate):
    """The whole scan as a worker runs it: run_scan, each page stored in the database."""
    from _setup import database, machine

    from pcio.agencies.models import Agency
    from pcio.webwatch.models import Site
    from pcio.webwatch.scanning import run_scan

    drop = database()
    try:
        agency = Agency.objects.create(code="BENCH", name_th="หน่วยงานทดสอบ", type="sao")
        site = Site.objects.create(agency=agency, url=base + "/", max_pages=n)
        s_req, s_time, scan = measure(counter, lambda: run_scan(site, allow_private=True))
        print(f"scan stored by run_scan ({machine()}): {s_req} requests in {s_time:.1f} s = "
              f"{s_req / s_time:.0f} req/s, ratio scan/bare {(s_req / s_time) / bare_rate:.2f} "
              f"(goal >= 0.5); {scan.pages_checked} pages stored, status {scan.status}")
    finally:
        drop()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def schedule_bench(sites):
    if not redis_up():
        print("scheduling: skipped (Redis not reachable at 127.0.0.1:6379)")
        return
    import redis
    from _setup import database, machine
    from django.conf import settings

    from pcio.agencies.models import Agency
    from pcio.celery import app
    from pcio.webwatch.models import Site
    from pcio.webwatch.tasks import schedule_due_scans

    drop = database()
    broker = redis.Redis(host="127.0.0.1", port=6379, db=14)
    broker.flushdb()
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:6379/14"
    try:
        agency = Agency.objects.create(code="BENCH", name_th="หน่วยงานทดสอบ", type="sao")
        Site.objects.bulk_create([Site(agency=agency, url=f"https://s{i}.example.go.th/")
                                  for i in range(sites)], batch_size=1000)
        before = peak_mb()
        print(f"RSS with Django and {sites} sites in the database: {before:.0f} MB")
        started = time.perf_counter()
        sent = schedule_due_scans()
        elapsed = time.perf_counter() - started
        queued = broker.llen("celery")
        print(f"scheduling ({machine()}): {sent} sites claimed and {queued} tasks queued in "
              f"Redis in {elapsed:.1f} s; peak RSS of the dispatching process "
              f"{peak_mb():.0f} MB (goal < 500 MB)")
    finally:
        broker.flushdb()
        drop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--sites", type=int, default=8000)
    parser.add_argument("--part", choices=["scan", "schedule"], default=None)
    args = parser.parse_args()
    if args.part == "scan":
        scan_bench(args.pages, args.per_host)
    elif args.part == "schedule":
        schedule_bench(args.sites)
    else:  # each part in its own process, so each peak RSS is its own
        for part in ("scan", "schedule"):
            subprocess.run([sys.executable, __file__, "--part", part, *sys.argv[1:]],
                           check=True)


if __name__ == "__main__":
    main()
