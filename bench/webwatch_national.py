"""A national night of webwatch scanning, simulated on one machine.

    .venv/bin/python bench/webwatch_national.py [--sites 2000] [--workers 2] [--concurrency 4]
                                                [--render | --no-render] [--addresses 8]
    .venv/bin/python bench/webwatch_national.py --sites 200        # a quick run

1. N sites served from loopback, many host names (www.benchNNNN.go.th) onto a few addresses
   (127.0.0.2 upwards), one server process per address (threads), as local administrations
   share a hosting server. The names resolve to those addresses in the bench and in the
   workers through a sitecustomize that the bench writes to a temporary directory (put on the
   workers' PYTHONPATH); the scans are allowed past the fetch guard for 127.0.0.0/8 only (the
   scan task's allow_private argument). Each answer takes 30-120 ms (a CMS at work). The mix,
   per 100 sites: 84 clean of 2-8 pages (some with a template script that writes to the
   document, some with a sitemap), 5 slow (each answer 0.5-2 s), 4 with an infected page
   from pcio/webwatch/corpus, 1 redirecting phones from Google, 1 redirecting everyone to an
   unresolvable gambling domain, 2 answering 500, 1 resetting the connection, 1 redirecting
   to an unresolvable name, 1 with a page that answers 500. Each server counts its open
   requests (received, answer not yet written) and keeps the most at once.
2. Two Celery workers (`celery -A pcio worker --concurrency C`, subprocesses) over Redis
   (DB 12, emptied before and after) and PostgreSQL (a database created and dropped here;
   a SQLite file when PostgreSQL does not answer or DATABASE_URL says so); every site is
   sent to pcio's scan task (webwatch.tasks.scan_site). Printed: sites/hour, pages/s,
   requests/s, the most requests open at once per address (against
   PCIO_WEBWATCH_MAX_PER_ADDRESS when the settings have it), sites per verdict.
3. Bare fetching: the very requests the servers got during the scan, replayed in the order
   each server got them by a plain httpx client, at most PCIO_WEBWATCH_MAX_PER_ADDRESS at once
   per address (the politeness the scan keeps) and workers x concurrency x
   PCIO_WEBWATCH_PER_HOST in all; no detection, nothing stored. Ratio = scan requests/s /
   bare requests/s; with slow servers among them, the per-address limit sets the pace of both.
   Pages that sites meant to be clean could not be checked are listed by reason.

Exit status: 0, or 1 when a scan crashed, a worker died or the scans did not finish in time
(130 on Ctrl-C). Workers, servers, the database and the Redis DB are cleaned up either way.
"""

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import urlopen

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REDIS_DB = 12
ALLOW = ["127.0.0.0/8"]
WORDS = ("จังหวัดหนองคาย ประชุมสภาองค์การบริหารส่วนตำบล ข่าวประชาสัมพันธ์ ภาษีที่ดิน "
         "การรับสมัครงาน ประกาศจัดซื้อจัดจ้าง ศูนย์พัฒนาเด็กเล็ก เบี้ยยังชีพผู้สูงอายุ "
         "ตลาดท่าเสด็จ แม่น้ำโขง บริการประชาชน ").split()
# kind: (share per 100 sites, expected verdict)
KINDS = {
    "clean": (84, "clean"), "slow": (5, "clean"), "infected_page": (4, "infected"),
    "phone_google_redirect": (1, "infected"), "redirect_to_bet": (1, "infected"),
    "error_500": (2, "could_not_check"), "reset": (1, "could_not_check"),
    "redirect_unresolvable": (1, "could_not_check"), "page_500": (1, "could_not_check"),
}
VERDICTS = ("clean", "infected", "could_not_check")
RESET = object()


# ---- host names onto loopback addresses (also imported by the workers' sitecustomize) ----

def install_resolver(path):
    """socket.getaddrinfo answers the bench's names from a JSON file: {"hosts": {name: ip},
    "gone": [names that must not resolve]}; every other name goes to the real resolver."""
    table = json.loads(Path(path).read_text())
    hosts, gone, real = table["hosts"], set(table["gone"]), socket.getaddrinfo

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002
        name = host.decode() if isinstance(host, bytes) else str(host or "")
        name = name.lower().rstrip(".")
        if name in gone:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if name not in hosts:
            return real(host, port, family, type, proto, flags)
        kind = type or socket.SOCK_STREAM
        return [(socket.AF_INET, kind, proto or 6, "", (hosts[name], int(port or 0)))]

    socket.getaddrinfo = getaddrinfo


SITECUSTOMIZE = f"""import os, sys
sys.path.insert(0, {str(BENCH)!r})
from webwatch_national import install_resolver
sys.path.remove({str(BENCH)!r})
install_resolver(os.environ["PCIO_BENCH_HOSTS"])
"""


# ---- the sites ----

def host(i):
    return f"www.bench{i:04d}.go.th"


SITE_NAME = re.compile(r"www\.bench(\d{4,})\.go\.th")


def kind_of(i):
    roll, total = random.Random(i * 7919 + 13).random() * 100, 0
    for kind, (share, _) in KINDS.items():
        total += share
        if roll < total:
            return kind
    return "clean"


def plan(i):
    rng = random.Random(i)
    pages = rng.randint(2, 8)
    return {"kind": kind_of(i), "pages": pages, "script": rng.random() < 0.4,
            "sitemap": rng.random() < 0.2, "latency": rng.uniform(0.03, 0.12),
            "delay": rng.uniform(0.5, 2.0),
            "bad_page": f"/p{rng.randint(1, pages - 1)}"}  # the infected or failing page


def page_html(i, number, site):
    links = "".join(f'<li><a href="/p{k}">ข่าว {k}</a></li>' if k else '<li><a href="/">หน้าแรก</a>'
                    for k in range(site["pages"]))
    body = " ".join(WORDS[(i + number + j) % len(WORDS)] for j in range(700))
    if site["script"]:  # the site template's script: the same on every page
        body += ("<span id='y'></span><script>document.getElementById('y').innerHTML="
                 "'ปรับปรุง ' + new Date().getFullYear();</script>")
    return (f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>หน้า {number} '
            f"องค์การบริหารส่วนตำบล {i}</title></head><body><nav><ul>{links}</ul></nav>"
            f"<main><h1>ข่าวที่ {number}</h1><p>{body}</p></main></body></html>").encode()


def infected_pages():
    from pcio.webwatch import corpus

    samples = corpus.load()
    groups = Counter(s.group for s in samples)
    return [s.html.encode() for s in samples if s.infected and s.persona == "desktop"
            and s.status == 200 and groups[s.group] == 1]


def gone_names(i):
    return {"redirect_unresolvable": f"www2.bench{i:04d}.go.th",
            "redirect_to_bet": f"ufabet{i:04d}.slot-bench.com",
            "phone_google_redirect": f"pgslot{i:04d}.bet-bench.com"}


def answer(i, site, path, headers, port, spam):
    """(status, headers, body) the site answers with, or RESET."""
    kind, html = site["kind"], {"Content-Type": "text/html; charset=utf-8"}
    away = gone_names(i).get(kind)
    phone_google = "Mobile" in headers.get("User-Agent", "") and \
        "google." in headers.get("Referer", "")
    if kind == "reset":
        return RESET
    if kind == "error_500" or (kind == "page_500" and path == site["bad_page"]):
        return 500, html, b"<h1>500 Internal Server Error</h1>"
    if path == "/" and (kind in ("redirect_unresolvable", "redirect_to_bet")
                        or (kind == "phone_google_redirect" and phone_google)):
        return 302, {"Location": f"http://{away}/"}, b""
    if path == "/robots.txt" and site["sitemap"]:
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nSitemap: /sitemap.xml\n"
    if path == "/sitemap.xml" and site["sitemap"]:
        locs = "".join(f"<url><loc>http://{host(i)}:{port}/p{k}</loc></url>"
                       for k in range(1, site["pages"]))
        return 200, {"Content-Type": "application/xml"}, (
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{locs}</urlset>").encode()
    number = 0 if path == "/" else int(path[2:]) if path[2:].isdigit() else -1
    if not 0 <= number < site["pages"] or (path != "/" and not path.startswith("/p")):
        return 404, html, "<h1>404 ไม่พบหน้า</h1>".encode()
    if kind == "infected_page" and path == site["bad_page"]:
        return 200, html, spam[i % len(spam)]
    return 200, html, page_html(i, number, site)


# ---- one server process per address ----

def serve(address, port, slot, stats, limit, spam, started):
    """Counts in stats[slot*4:]: open requests, most open at once, requests, requests that
    found `limit` or more already open. /__bench__/log hands over (and empties) the log."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the bench's handler is for the bench
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the bench stops this process
    lock, log, sites = stats.get_lock(), [], {}

    def site_for(name):
        number = int(match[1]) if (match := SITE_NAME.fullmatch(name)) else -1
        if number not in sites:
            sites[number] = plan(number) if number >= 0 else {"kind": "none", "pages": 0}
        return number, sites[number]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs

        def do_GET(self):  # noqa: N802 - http.server
            if self.path.startswith("/__bench__/"):
                return self.control()
            with lock:
                stats[slot * 4] += 1
                stats[slot * 4 + 1] = max(stats[slot * 4 + 1], stats[slot * 4])
                stats[slot * 4 + 2] += 1
                stats[slot * 4 + 3] += stats[slot * 4] > (limit or 10**9)
            try:
                result = self.prepare()
            finally:
                # closed before the answer goes out: a client frees its slot only once it has
                # the answer, so its next request is never counted beside this one (after
                # the write, a thread that runs late on a busy machine would count it)
                with lock:
                    stats[slot * 4] -= 1
            self.deliver(result)

        do_HEAD = do_GET  # noqa: N815

        def prepare(self):
            name = (self.headers.get("Host") or "").split(":")[0].lower()
            log.append([name, self.path, self.headers.get("User-Agent", ""),
                        self.headers.get("Referer", "")])
            number, site = site_for(name)
            # a CMS takes its time to answer; while it does, the request is counted open
            time.sleep(site["delay"] if site["kind"] == "slow" else site.get("latency", 0))
            return answer(number, site, self.path.split("?")[0], self.headers, port, spam)

        def deliver(self, result):
            if result is RESET:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()  # linger 0: the peer gets a TCP reset
                return
            self.send(*result)

        def send(self, status, headers, body):
            self.send_response(status)
            for key, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def control(self):
            entries = list(log)
            del log[:len(entries)]
            self.send(200, {"Content-Type": "application/json"}, json.dumps(entries).encode())

        def log_message(self, *args):
            pass

    httpd = Server((address, port), Handler)
    httpd.daemon_threads = True
    started.set()
    httpd.serve_forever()


class Server(ThreadingHTTPServer):
    allow_reuse_address = True
    request_queue_size = 1024  # not 5: a full backlog drops connections, as no real host does

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # else a client that gave up
            super().handle_error(request, client_address)


def free_port(address):
    with socket.socket() as probe:
        probe.bind((address, 0))
        return probe.getsockname()[1]


def start_servers(port, count, limit, spam):
    """One process per address, all on the same port, as hosting servers are."""
    import multiprocessing

    addresses = [f"127.0.0.{2 + k}" for k in range(count)]
    stats = multiprocessing.Array("q", 4 * count)
    servers = []
    for slot, address in enumerate(addresses):
        started = multiprocessing.Event()
        process = multiprocessing.Process(target=serve, daemon=True, args=(
            address, port, slot, stats, limit, spam, started))
        process.start()
        servers.append(process)
        if not started.wait(30):
            raise RuntimeError(f"server on {address}:{port} did not start")
    return addresses, stats, servers


def take_log(addresses, port):
    entries = []
    for address in addresses:
        with urlopen(f"http://{address}:{port}/__bench__/log", timeout=30) as reply:
            entries += [(address, *e) for e in json.loads(reply.read())]
    return entries


def counts(stats, count):
    """[(open now, most at once, requests, over the limit)] per address; then zeroed."""
    with stats.get_lock():
        rows = [tuple(stats[k * 4:k * 4 + 4]) for k in range(count)]
        for k in range(4 * count):
            stats[k] = 0
    return rows


# ---- workers, database, broker ----

def pg_up():
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
        return True
    except OSError:
        return False


def worker_database_url(connection):
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return (f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:"
            f"{s['PORT'] or 5432}/{s['NAME']}")


def start_workers(args, env, logs):
    workers = []
    for k in range(args.workers):
        out = open(logs / f"worker{k + 1}.log", "wb")  # noqa: SIM115 - kept open for the run
        workers.append(subprocess.Popen(
            [str(ROOT / ".venv/bin/celery"), "-A", "pcio", "worker", "--concurrency",
             str(args.concurrency), "--loglevel=WARNING", "--without-gossip", "--without-mingle",
             "-n", f"national{k + 1}@%h"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True))
    return workers


def wait_ready(app, workers, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(w.poll() is not None for w in workers):
            raise RuntimeError("a worker exited while starting")
        if len(app.control.ping(timeout=1.0)) >= len(workers):
            return
    raise RuntimeError("the workers did not answer a ping in time")


def descendants(pid):
    children = defaultdict(list)
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        children[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def stop_workers(workers):
    for worker in workers:  # each one, whatever happened to the one before
        try:
            stop_worker(worker)
        except Exception as exc:
            print(f"cleanup: worker {worker.pid}: {type(exc).__name__}: {exc}", file=sys.stderr)


def stop_worker(worker):
    """TERM (a finished run has nothing in hand), then KILL it and every process it started,
    Chromium included (Playwright starts it in a process group of its own)."""
    tree = set(descendants(worker.pid))
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(20)
        except subprocess.TimeoutExpired:
            tree |= set(descendants(worker.pid))
    for pid in [worker.pid, *tree]:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    worker.wait()


# ---- the run ----

def seed(n, port):
    from pcio.agencies.models import Agency
    from pcio.webwatch.models import Site

    agencies = [Agency.objects.create(code=f"BENCH{k:02d}", name_th=f"อบต.ทดสอบ {k}", type="sao")
                for k in range(20)]
    Site.objects.bulk_create([Site(agency=agencies[i % 20], url=f"http://{host(i)}:{port}/",
                                   max_pages=20) for i in range(n)], batch_size=500)
    return dict(Site.objects.values_list("url", "id"))


def wait_for_scans(n, workers, timeout):
    from pcio.webwatch.models import Scan

    started = last = time.monotonic()
    while time.monotonic() - started < timeout:
        done = Scan.objects.filter(finished_at__isnull=False).count()
        if done >= n:
            return True
        dead = [w.pid for w in workers if w.poll() is not None]
        if dead:
            print(f"worker(s) {dead} exited during the scan", file=sys.stderr)
            return False
        if time.monotonic() - last >= 15:
            print(f"  … {done}/{n} scans finished after {time.monotonic() - started:.0f} s",
                  file=sys.stderr, flush=True)
            last = time.monotonic()
        time.sleep(1)
    print(f"the scans did not finish within {timeout} s", file=sys.stderr)
    return False


def results():
    """Verdict per kind, crashed scans, pages judged, and the span from first to last scan."""
    from django.db.models import Max, Min

    from pcio.webwatch.models import PageResult, Scan

    by_kind, crashed = defaultdict(Counter), []
    for url, status, error in Scan.objects.values_list("site__url", "status", "error"):
        i = int(url.split("bench")[1][:4])
        by_kind[kind_of(i)][{"unreachable": "could_not_check"}.get(status, status)] += 1
        if status == "unknown" or (error and not error.startswith(("ตรวจไม่ได้", "บันทึกผล"))):
            crashed.append(f"{url}: {status} {error[:200]}")
    span = Scan.objects.aggregate(first=Min("started_at"), last=Max("finished_at"))
    return by_kind, crashed, PageResult.objects.count(), span


def unchecked_reasons(top=6):
    """Why pages of sites meant to be clean could not be checked (the first reason given)."""
    from pcio.webwatch.models import PageResult

    reasons = Counter()
    for url, findings in PageResult.objects.filter(verdict="could_not_check").values_list(
            "url", "findings"):
        if KINDS[kind_of(int(url.split("bench")[1][:4]))][1] == "clean":
            text = next((f.get("evidence", "") for f in findings), "") or "(no finding)"
            text = text.splitlines()[0].split(" / ", 1)[-1]  # the fetcher's words in English
            reasons[re.sub(r"www\.bench\d+\.go\.th(:\d+)?|\d+", "#", text)[:120]] += 1
    return reasons.most_common(top)


async def bare(entries, port, at_once, per_address, timeout):
    """The scan's requests again, in the order each server got them, by a plain client: at
    most per_address at once to each address (the politeness the scan keeps; without the
    setting, at_once), at most at_once overall; no detection."""
    import httpx

    queues = defaultdict(list)
    for address, name, path, agent, referer in reversed(entries):  # popped from the end
        headers = {"User-Agent": agent, **({"Referer": referer} if referer else {})}
        queues[address].append((f"http://{name}:{port}{path}", headers))
    overall = asyncio.Semaphore(at_once)

    async def consumer(client, queue):
        while queue:
            url, headers = queue.pop()
            async with overall:
                try:
                    await client.get(url, headers=headers)
                except httpx.HTTPError:
                    pass  # resets and refusals: the scan met them too

    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False,
                                 limits=httpx.Limits(max_connections=None)) as client:
        await asyncio.gather(*(consumer(client, queue) for queue in queues.values()
                               for _ in range(per_address or at_once)))


def report(args, run, scan, bare_run):
    """scan: (seconds, pages, per-address counts); bare_run: (seconds, per-address counts)."""
    seconds, pages, served = scan
    requests, b_requests = (sum(row[2] for _, row in rows) for rows in (served, bare_run[1]))
    print(f"conditions: {run['conditions']}")
    print(f"national scan: {args.sites} sites in {seconds:.1f} s = "
          f"{args.sites / seconds * 3600:,.0f} sites/hour; {pages} pages judged = "
          f"{pages / seconds:.1f} pages/s; {requests} requests served = "
          f"{requests / seconds:.1f} req/s")
    print_addresses(served, run["limit"])
    print(f"bare fetching (httpx, the same requests in the order each server got them, at most "
          f"{run['limit'] or 'no limit'} at once per address and {run['bare_at_once']} in "
          f"all): {b_requests} requests in "
          f"{bare_run[0]:.1f} s = {b_requests / bare_run[0]:.1f} req/s; most open at once per "
          f"address {max(row[1] for _, row in bare_run[1])}")
    print(f"ratio scan/bare, rendering {'on' if args.render else 'off'}: "
          f"{(requests / seconds) / (b_requests / bare_run[0]):.2f}")
    print_verdicts(run["by_kind"])
    for reason, count in unchecked_reasons():
        print(f"    {count} pages of sites meant to be clean not checked: {reason}")


def print_addresses(served, limit):
    limit_text = f"limit {limit} (PCIO_WEBWATCH_MAX_PER_ADDRESS)" if limit else \
        "no PCIO_WEBWATCH_MAX_PER_ADDRESS in the settings (issue 13 asks for 2)"
    print(f"most requests open at once per address during the scan, counted by the servers, "
          f"{limit_text}:")
    for address, (_, most, requests, over) in served:
        over_text = f", {over} of them beyond the limit" if limit else ""
        print(f"  {address}: {most} at once ({requests} requests{over_text})")


def print_verdicts(by_kind):
    totals = Counter()
    for counter in by_kind.values():
        totals.update(counter)
    print("sites per verdict: " + ", ".join(f"{v} {totals[v]}" for v in VERDICTS) +
          "".join(f", {v} {c}" for v, c in totals.items() if v not in VERDICTS))
    for kind, counter in sorted(by_kind.items(), key=lambda kv: -sum(kv[1].values())):
        got = ", ".join(f"{v} {c}" for v, c in counter.most_common())
        print(f"  {kind} (expected {KINDS[kind][1]}): {got}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4, help="scans per worker")
    parser.add_argument("--render", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--addresses", type=int, default=8, help="at most 250")
    parser.add_argument("--timeout", type=int, default=0, help="seconds (0: 3 per site + 300)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, interrupted)
    try:
        sys.exit(run(args))
    except KeyboardInterrupt:
        print("interrupted; cleaned up", file=sys.stderr)
        sys.exit(130)


def interrupted(signum, frame):
    raise KeyboardInterrupt  # so that kill (TERM) cleans up as Ctrl-C does


def run(args):
    scratch = Path(tempfile.mkdtemp(prefix="pcio-national-"))
    os.environ.setdefault("PCIO_DATA_DIR", str(scratch))
    os.environ["PCIO_WEBWATCH_RENDER"] = "on" if args.render else "off"
    os.environ["CELERY_BROKER_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB}"
    os.environ["PCIO_SECRETARIAT_NOTIFY"] = ""
    if "DATABASE_URL" not in os.environ and pg_up():  # a name of its own: see national()
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/national{os.getpid()}"
    sys.path.insert(0, str(BENCH))
    cleanup = [lambda: shutil.rmtree(scratch, ignore_errors=True)]
    try:
        return national(args, scratch, cleanup)
    finally:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # cleanup is not interrupted
        for step in reversed(cleanup):
            try:
                step()
            except Exception as exc:  # the other steps must still run
                print(f"cleanup: {type(exc).__name__}: {exc}", file=sys.stderr)
        signal.signal(signal.SIGINT, previous)


def resolve_names(args, scratch, port):
    """The sites' names onto the addresses, here and (through sitecustomize) in the workers."""
    hosts = scratch / "hosts.json"
    names = {host(i): f"127.0.0.{2 + i % args.addresses}" for i in range(args.sites)}
    gone = [name for i in range(args.sites) for name in gone_names(i).values()]
    hosts.write_text(json.dumps({"hosts": names, "gone": gone}))
    (scratch / "sitecustomize.py").write_text(SITECUSTOMIZE)
    os.environ["PCIO_BENCH_HOSTS"] = str(hosts)
    install_resolver(hosts)


def national(args, scratch, cleanup):
    """Each step adds its undoing to cleanup. The database has a name of its own per run,
    so a worker left over from an earlier run can never write into this one's."""
    port = free_port("127.0.0.2")
    resolve_names(args, scratch, port)
    import _setup
    import redis
    from django.conf import settings
    from django.db import connection

    from pcio.celery import app

    run = {"limit": getattr(settings, "PCIO_WEBWATCH_MAX_PER_ADDRESS", None),
           "spam": infected_pages(), "port": port}
    # forked before any broker connection: kombu's after-fork hook would hang on it
    run["addresses"], run["stats"], servers = start_servers(
        port, args.addresses, run["limit"], run["spam"])
    cleanup.append(lambda: [s.terminate() for s in servers])
    if app.control.ping(timeout=1.0):
        raise SystemExit(f"another Celery worker already listens on Redis DB {REDIS_DB}")
    broker = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    broker.flushdb()
    cleanup.append(broker.flushdb)
    cleanup.append(_setup.database())
    cleanup.append(connection.close)  # before the drop: PostgreSQL drops no database in use
    warm_detector()
    ids = seed(args.sites, port)
    env = {**os.environ, "DATABASE_URL": worker_database_url(connection),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(scratch),
                                                      os.environ.get("PYTHONPATH")]))}
    workers = start_workers(args, env, scratch)
    cleanup.append(lambda: stop_workers(workers))
    try:
        wait_ready(app, workers)
        scan = scan_phase(args, run, ids, workers)
    except BaseException:
        show_worker_logs(scratch)
        raise
    if scan is None:
        show_worker_logs(scratch)
        return 1
    bare_run = bare_phase(args, run, settings)
    run["bare_at_once"] = bare_at_once(args, settings)
    run["conditions"] = conditions(args, run, settings, _setup.machine())
    report(args, run, scan, bare_run)
    return 0


def scan_phase(args, run, ids, workers):
    """(seconds, pages judged, per-address counts), or None when the scan failed."""
    from django.utils import timezone

    from pcio.webwatch.tasks import scan_site

    run["load_before"] = os.getloadavg()[0]
    counts(run["stats"], args.addresses)
    dispatched = timezone.now()
    for site_id in ids.values():
        scan_site.delay(site_id, allow_private=ALLOW)
    finished = wait_for_scans(args.sites, workers, args.timeout or args.sites * 3 + 300)
    served = list(zip(run["addresses"], counts(run["stats"], args.addresses), strict=True))
    run["by_kind"], crashed, pages, span = results()
    if crashed:
        print(f"{len(crashed)} scans crashed:\n" + "\n".join(crashed[:20]), file=sys.stderr)
    if not finished or crashed:
        return None
    return (span["last"] - dispatched).total_seconds(), pages, served


def bare_phase(args, run, settings):
    entries = take_log(run["addresses"], run["port"])
    started = time.perf_counter()
    asyncio.run(bare(entries, run["port"], bare_at_once(args, settings), run["limit"],
                     settings.PCIO_FETCH_TIMEOUT))
    seconds = time.perf_counter() - started
    return seconds, list(zip(run["addresses"], counts(run["stats"], args.addresses), strict=True))


def bare_at_once(args, settings):
    return args.workers * args.concurrency * settings.PCIO_WEBWATCH_PER_HOST


def conditions(args, run, settings, machine):
    try:
        from pcio.webwatch.politeness import store_kind

        slots = f", per-address slots kept in the {store_kind()} store"
    except ImportError:
        slots = ""
    return (f"{machine}, Redis DB {REDIS_DB}, {args.workers} workers x {args.concurrency} scans, "
            f"{args.sites} sites on {args.addresses} loopback addresses ({len(run['spam'])} "
            f"corpus pages for the infected ones), {settings.PCIO_WEBWATCH_PER_HOST} requests "
            f"per site{slots}, rendering {'on' if args.render else 'off'}; load average "
            f"{run['load_before']:.1f} before the scan, {os.getloadavg()[0]:.1f} after the bare "
            "fetching (the machine is shared)")


def warm_detector():
    """The model trains on first use when the corpus changed; once here, not in each worker."""
    from pcio.webwatch.detect import Fetched, check_page

    html = page_html(0, 0, plan(0)).decode()
    check_page([Fetched("desktop", "http://x/", "http://x/", 200, {}, html)], ())


def show_worker_logs(scratch):
    for path in sorted(scratch.glob("worker*.log")):
        print(f"---- {path.name} (end) ----\n{path.read_text(errors='replace')[-3000:]}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
