import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pcio.lib.fetch import FetchError, fetch
from pcio.lib.testing import ThrowawayCA


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args):
        pass


@pytest.fixture
def tls_server(tmp_path):
    authority = ThrowawayCA(tmp_path)
    ca = str(authority.path)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(authority.issue("127.0.0.1"))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/", ca
    httpd.shutdown()
    httpd.server_close()


def test_a_certificate_from_an_unknown_authority_is_a_tls_error(tls_server):
    url, _ = tls_server
    with pytest.raises(FetchError) as caught:
        fetch(url, allow_private=True, timeout=5)
    assert caught.value.kind == "tls"


def test_it_trusts_a_ca_bundle_path_or_an_ssl_context(tls_server):
    url, ca = tls_server
    result = fetch(url, allow_private=True, verify=ca)
    assert result.text == "hello" and result.tls_version.startswith("TLS")
    context = ssl.create_default_context(cafile=ca)
    assert fetch(url, allow_private=True, verify=context).text == "hello"
    assert fetch(url, allow_private=True, verify=False).status == 200
