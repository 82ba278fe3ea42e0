import pytest

from pcio.lib.fetch import FetchError, fetch
from pcio.webwatch.tests.servers import respond


@pytest.mark.parametrize("url", [
    "http://10.0.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/", "http://0.0.0.0/", "http://localhost/", "http://100.64.0.1/",
    "http://metadata.google.internal/", "http://[::ffff:127.0.0.1]/",
])
def test_it_refuses_private_loopback_link_local_and_metadata_addresses(url):
    with pytest.raises(FetchError) as caught:
        fetch(url, allow_private=False, timeout=3)
    assert caught.value.kind == "blocked"
    assert "ปฏิเสธ" in caught.value.message


def test_it_refuses_a_real_loopback_server_and_reaches_it_only_when_private_is_allowed(
        raw_server):
    server = raw_server(lambda conn, head: respond(conn, 200, {}, b"hello"))
    with pytest.raises(FetchError) as caught:
        fetch(server.url + "/", allow_private=False)
    assert caught.value.kind == "blocked"
    assert server.connections == 0
    assert fetch(server.url + "/", allow_private=True).text == "hello"


def test_it_reads_the_default_from_the_setting(raw_server, settings):
    server = raw_server(lambda conn, head: respond(conn, 200, {}, b"ok"))
    settings.PCIO_FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchError):
        fetch(server.url)
    settings.PCIO_FETCH_ALLOW_PRIVATE = True
    assert fetch(server.url).status == 200
