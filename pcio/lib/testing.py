"""Real servers and certificates for tests, shared by the apps' test suites.

Everything binds 127.0.0.1 on an ephemeral port and runs in daemon threads. `cryptography`
(a test dependency) is imported only when a certificate is made.
"""

import datetime
import ipaddress
import os
import socket
import ssl
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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


class ThrowawayCA:
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


class Site:
    """A routed HTTP site: routes[path] = callable(request) -> (status, headers, body).

    request has .path, .headers and .command ("GET" or "HEAD": a HEAD gets the GET's status
    and headers without the body); unknown paths go to `fallback` (404 by default).
    """

    def __init__(self, routes=None, fallback=None, certfile=None, host="127.0.0.1"):
        self.routes = dict(routes or {})
        self.fallback = fallback or (lambda request: (404, {}, b"not found"))
        self.requests = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path.split("?")[0], site.fallback)
                status, headers, body = route(self)
                body = body.encode() if isinstance(body, str) else body
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    if self.command != "HEAD":
                        self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a cap or a timeout): expected in tests

            do_HEAD = do_GET

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)  # any 127.0.0.x on Linux
        self.httpd.daemon_threads = True
        scheme = "http"
        if certfile:  # a PEM file with the certificate and its key (ThrowawayCA.issue)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certfile)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.port = self.httpd.server_address[1]
        self.url = f"{scheme}://{host}:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def page(self, path, html, status=200, headers=None):
        self.routes[path] = lambda request: (status, headers or {}, html)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def run_pcio(env, *args, timeout=120) -> str:
    """Run the `pcio` command in another process (a worker, a scan to kill); its stdout."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pcio", *args], env=env, timeout=timeout,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def separate_database_url(tmp_path, name, url=None) -> str:
    """A database other processes can share with the test: a SQLite file, or on PostgreSQL
    (DATABASE_URL, or `url` to use another server) a fresh database `<database>_<name>`."""
    import os

    url = url or os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp_path / name}.sqlite3"
    import psycopg

    base, database = url.rsplit("/", 1)
    fresh = f"{database.split('?')[0]}_{name}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{fresh}"')
        conn.execute(f'CREATE DATABASE "{fresh}"')
    return f"{base}/{fresh}"


def exit_code(*argv) -> int:
    """Run a pcio command in the test's process and return its exit code, printing a failure
    to stderr as `pcio` does. Django's run_from_argv closes every database connection when
    it ends, which on PostgreSQL would end the test's own transaction; call_command does not."""
    import sys

    from django.core.management import CommandError, call_command

    try:
        call_command(*map(str, argv))
    except CommandError as error:
        sys.stderr.write(f"CommandError: {error}\n")
        return error.returncode
    return 0


@contextmanager
def empty_redis(db: int):
    """The URL of Redis database `db` at 127.0.0.1:6379, a test's own, emptied before and
    after. Without Redis the test is skipped, or fails when PCIO_REQUIRE_SERVICES is set."""
    import pytest
    import redis

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        if os.environ.get("PCIO_REQUIRE_SERVICES"):
            pytest.fail("Redis at 127.0.0.1:6379 is required (PCIO_REQUIRE_SERVICES is set)")
        pytest.skip("Redis is not reachable at 127.0.0.1:6379")
    client = redis.Redis(host="127.0.0.1", port=6379, db=db)
    client.flushdb()
    try:
        yield f"redis://127.0.0.1:6379/{db}"
    finally:
        client.flushdb()
