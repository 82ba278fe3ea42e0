"""Real local servers for the compliance checks: HTTPS with a test CA, DNS, SMTP."""

import datetime
import socket
import threading

import pytest

from pcio.compliance.models import Channel, Kind, Record, Section
from pcio.lib.testing import Site, ThrowawayCA


@pytest.fixture
def record_for():
    def make(agency, **fields):
        return Record.objects.update_or_create(agency=agency, defaults=fields)[0]

    return make


@pytest.fixture
def channel_for():
    def make(agency, kind=Kind.WEB_FORM, value="https://www.example.go.th/form", **fields):
        fields.setdefault("section", Section.STAFF if kind == Kind.STAFF_SYSTEM else
                          Section.PUBLIC)
        return Channel.objects.create(agency=agency, kind=kind, value=value, **fields)

    return make


@pytest.fixture
def trusted_ca(tmp_path, settings):
    ca = ThrowawayCA(tmp_path)
    settings.PCIO_COMPLIANCE_CA_BUNDLE = str(ca.path)
    settings.PCIO_FETCH_ALLOW_PRIVATE = True  # the test servers are on loopback
    return ca


# ---- HTTP(S) servers on 127.0.0.1, ephemeral ports ----

class LocalServer:
    """routes[path] = (status, headers, body), served by the shared test Site."""

    def __init__(self, routes, certfile=None):
        handlers = {path: (lambda request, answer=answer: answer)
                    for path, answer in routes.items()}
        self.site = Site(handlers, certfile=certfile)
        self.port, self.scheme = self.site.port, self.site.url.split(":")[0]

    def url(self, path="/", host="127.0.0.1"):
        return f"{self.scheme}://{host}:{self.port}{path}"

    def stop(self):
        self.site.close()


@pytest.fixture
def serve():
    servers = []

    def start(routes, certfile=None):
        servers.append(LocalServer(routes, certfile))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def dead_port():
    """A port nobody listens on: bound by the OS, then closed."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- DNS ----

class LocalDNS:
    """Answers MX for the given domains and NXDOMAIN for everything else, over UDP."""

    def __init__(self, mx):
        self.mx = {d.rstrip(".") + ".": hosts for d, hosts in mx.items()}
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        import dns.message
        import dns.rcode
        import dns.rrset

        while self.running:
            try:
                data, peer = self.sock.recvfrom(4096)
            except OSError:
                return
            query = dns.message.from_wire(data)
            reply = dns.message.make_response(query)
            question = query.question[0]
            name = question.name.to_text()
            if name in self.mx:
                records = [f"{10 * (n + 1)} {h}." for n, h in enumerate(self.mx[name])]
                reply.answer.append(dns.rrset.from_text(name, 300, "IN", "MX", *records))
            else:
                reply.set_rcode(dns.rcode.NXDOMAIN)
            self.sock.sendto(reply.to_wire(), peer)

    def stop(self):
        self.running = False
        self.sock.close()


@pytest.fixture
def local_dns(settings):
    server = LocalDNS({"nongkhai.go.th": ["mail.nongkhai.go.th"]})
    settings.PCIO_COMPLIANCE_DNS_SERVERS = [f"127.0.0.1:{server.port}"]
    yield server
    server.stop()





@pytest.fixture
def complete_agency(make_agency, record_for, channel_for):
    """An agency that has done everything on the checklist."""
    agency = make_agency("DONE", "สำนักงานจังหวัดหนองคาย")
    record_for(agency, info_announced_on=datetime.date(2024, 9, 30),
               cybersafe_enrolled_on=datetime.date(2025, 4, 1), workd_domain="nongkhai.go.th",
               workd_mail=True, workd_requested=20, eoffice_since=datetime.date(2021, 10, 1))
    channel_for(agency, Kind.WEB_FORM, "https://www.nongkhai.go.th/contact", check_ok=True)
    channel_for(agency, Kind.FACEBOOK, "https://www.facebook.com/nk", meta_verified=True)
    channel_for(agency, Kind.STAFF_SYSTEM, "https://ict.nongkhai.go.th")
    return agency
