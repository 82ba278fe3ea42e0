import socket

import pytest

from pcio.lib.fetch import FetchError, fetch
from pcio.webwatch.tests import servers


def failure(url, **options):
    with pytest.raises(FetchError) as caught:
        fetch(url, allow_private=True, **options)
    return caught.value.kind


def test_a_server_that_never_answers_costs_a_timeout(raw_server):
    assert failure(raw_server(servers.stall).url, timeout=1) == "timeout"


def test_a_server_that_drips_bytes_forever_costs_a_timeout_for_the_whole_page(raw_server):
    assert failure(raw_server(servers.drip).url, timeout=1) == "timeout"


def test_an_endless_body_is_cut_off_as_too_large(raw_server):
    assert failure(raw_server(servers.flood).url, max_bytes=1024 * 1024) == "too_large"


def test_a_redirect_loop_stops_after_the_allowed_hops(raw_server):
    server = raw_server(servers.loop)
    assert failure(server.url + "/a", max_redirects=5) == "too_many_redirects"
    assert server.connections == 6


def test_a_gzip_bomb_is_refused_before_it_is_inflated(raw_server):
    bomb = servers.bomb_body()
    server = raw_server(lambda conn, head: servers.respond(
        conn, 200, {"Content-Encoding": "gzip", "Content-Type": "text/html"}, bomb))
    assert failure(server.url, max_decompressed=20 * 1024 * 1024) == "too_large"


def test_a_declared_huge_body_is_refused_from_its_length(raw_server):
    server = raw_server(lambda conn, head: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\nabc"))
    assert failure(server.url, max_bytes=1024) == "too_large"


def test_garbage_instead_of_http_is_an_http_error(raw_server):
    server = raw_server(lambda conn, head: conn.sendall(b"\x00\x01 not http at all\r\n\r\n"))
    assert failure(server.url) == "http"


def test_a_closed_port_is_a_connect_error():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    assert failure(f"http://127.0.0.1:{port}/") == "connect"


@pytest.mark.parametrize("url", ["ftp://example.com/", "javascript:alert(1)", "http://", "x"])
def test_a_bad_url_is_refused(url):
    assert failure(url) == "bad_url"
