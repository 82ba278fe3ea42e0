"""Real local servers for the compliance checks: HTTPS with a test CA, DNS, SMTP."""

import datetime
import http.server
import ipaddress
import socket
import ssl
import threading

import pytest

from pcio.compliance.models import Channel, Kind, Record, Section


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


# ---- certificates made in the test with `cryptography` ----

def _name(common_name):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _key():
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _pem(cert, key):
    from cryptography.hazmat.primitives import serialization

    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


class TestCA:
    def __init__(self, directory):
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        self.dir, self.key = directory, _key()
        now = datetime.datetime.now(datetime.UTC)
        self.cert = (
            x509.CertificateBuilder().subject_name(_name("pcio test CA"))
            .issuer_name(_name("pcio test CA")).public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.key, hashes.SHA256()))
        self.path = directory / "ca.pem"
        self.path.write_bytes(_pem(self.cert, self.key)[0])

    def issue(self, name, expired=False):
        """Cert + key files for 127.0.0.1 and localhost; expired ended yesterday."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        key, now = _key(), datetime.datetime.now(datetime.UTC)
        start = now - datetime.timedelta(days=30 if expired else 1)
        end = now - datetime.timedelta(days=1) if expired else now + datetime.timedelta(days=7)
        san = x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                           x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
        cert = (x509.CertificateBuilder().subject_name(_name(name))
                .issuer_name(self.cert.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(start)
                .not_valid_after(end).add_extension(san, critical=False)
                .sign(self.key, hashes.SHA256()))
        cert_pem, key_pem = _pem(cert, key)
        (self.dir / f"{name}.pem").write_bytes(cert_pem + key_pem)
        return self.dir / f"{name}.pem"


@pytest.fixture
def trusted_ca(tmp_path, settings):
    ca = TestCA(tmp_path)
    settings.PCIO_COMPLIANCE_CA_BUNDLE = str(ca.path)
    settings.PCIO_FETCH_ALLOW_PRIVATE = True  # the test servers are on loopback
    return ca


# ---- HTTP(S) servers on 127.0.0.1, ephemeral ports ----

def _handler(routes):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            status, headers, body = routes.get(self.path, (404, {}, b"not found"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


class LocalServer:
    def __init__(self, routes, certfile=None):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes))
        self.scheme = "http"
        if certfile:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certfile)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path="/", host="127.0.0.1"):
        return f"{self.scheme}://{host}:{self.port}{path}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


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
