import pytest

from pcio.webwatch.tests.servers import RawServer, Site


@pytest.fixture(autouse=True)
def static_only(settings, monkeypatch):
    """Rendering in Chromium is off unless a test asks for it (render=True, --render): the
    other tests are about what static analysis sees, and a browser per scan would slow them.
    Subprocesses (workers, killed scans) inherit it through the environment."""
    settings.PCIO_WEBWATCH_RENDER = "off"
    monkeypatch.setenv("PCIO_WEBWATCH_RENDER", "off")


@pytest.fixture
def raw_server():
    servers = []

    def start(handler):
        servers.append(RawServer(handler))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def site():
    servers = []

    def start(routes=None, fallback=None):
        servers.append(Site(routes, fallback))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def background_scans():
    """Waits for re-check threads of the web process to end (call it; teardown does too)."""
    import threading

    def wait(timeout=30):
        for thread in threading.enumerate():
            if thread.name.startswith("webwatch-scan-"):
                thread.join(timeout)
                assert not thread.is_alive(), f"{thread.name} did not finish"

    yield wait
    wait()


@pytest.fixture
def webhook():
    """A local receiver for Apprise json:// notifications; .posts holds the parsed bodies."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    posts = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server
            length = int(self.headers.get("Content-Length", 0))
            posts.append(json.loads(self.rfile.read(length) or b"{}"))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.posts = posts
    httpd.target = f"json://127.0.0.1:{httpd.server_address[1]}/hook"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def watched(site, agency_a, settings):
    """A watched site of agency A served by a local server whose pages a test can change."""
    from pcio.webwatch.models import Site
    from pcio.webwatch.tests.pages import clean

    settings.PCIO_FETCH_ALLOW_PRIVATE = True
    settings.PCIO_FETCH_TIMEOUT = 2
    settings.PCIO_SECRETARIAT_NOTIFY = []
    server = site({"/": lambda r: (200, {}, clean("/news")),
                   "/news": lambda r: (200, {}, clean())})
    record = Site.objects.create(agency=agency_a, url=server.url + "/", max_pages=10)
    record.server = server
    return record


HIDDEN = ('<div style="display:none"><a href="https://ufabet888.example/">สล็อต บาคาร่า '
          "สมัครรับเครดิตฟรี</a></div>")
PLANTED_HTML = ("<html><head><title>อบต.ตัวอย่าง</title><script>alert('pwned')</script></head>"
                f"<body><p>ข่าวประชาสัมพันธ์</p>{HIDDEN}</body></html>")


@pytest.fixture
def make_infected(db):
    """A site with a finished infected scan and an open incident, without fetching anything."""
    from pcio.webwatch.models import Incident, PageResult, Scan, Site

    def make(agency, url="https://www.example.go.th/"):
        site = Site.objects.create(agency=agency, url=url, status="infected")
        scan = Scan.objects.create(site=site, status="infected", pages_checked=1,
                                   infected_pages=1, finished_at=site.next_scan_at)
        finding = {"kind": "hidden_link", "persona": "desktop", "evidence": HIDDEN,
                   "weight": 0.9}
        snapshot = {"personas": {"desktop": {"url": url, "final_url": url, "status": 200,
                                             "redirects": [], "headers": {},
                                             "text": PLANTED_HTML}}}
        PageResult.objects.create(scan=scan, url=url, verdict="infected", score=0.9,
                                  findings=[finding], snapshot=PageResult.pack(snapshot))
        return Incident.objects.create(site=site, first_scan=scan, last_scan=scan,
                                       evidence=[{"url": url, **finding}])

    return make
