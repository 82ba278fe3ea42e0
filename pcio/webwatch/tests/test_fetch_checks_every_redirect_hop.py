import pytest

from pcio.lib.fetch import FetchError, fetch
from pcio.webwatch.tests.servers import respond


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/", "http://127.0.0.2:{port}/", "http://10.1.2.3/",
])
def test_it_refuses_a_redirect_to_a_private_address_it_was_not_allowed(raw_server, target):
    second = raw_server(lambda conn, head: respond(conn, 200, {}, b"secret"))
    target = target.format(port=second.port)
    first = raw_server(lambda conn, head: respond(conn, 302, {"Location": target}))
    # only the first server's own address is allowed, as an intranet allow-list would be
    with pytest.raises(FetchError) as caught:
        fetch(first.url + "/", allow_private=["127.0.0.1/32"])
    assert caught.value.kind == "blocked"
    assert second.connections == 0


def test_it_records_each_hop_and_the_final_url(raw_server):
    final = raw_server(lambda conn, head: respond(conn, 200, {}, b"landed"))
    middle = raw_server(lambda conn, head: respond(conn, 301, {"Location": final.url + "/end"}))
    first = raw_server(lambda conn, head: respond(conn, 302, {"Location": middle.url + "/mid"}))
    result = fetch(first.url + "/start", allow_private=True)
    assert result.url == first.url + "/start"
    assert result.redirects == [middle.url + "/mid", final.url + "/end"]
    assert result.final_url == final.url + "/end"
    assert result.text == "landed"


def test_it_records_the_status_of_every_hop_also_when_the_last_one_fails(raw_server):
    final = raw_server(lambda conn, head: respond(conn, 200, {}, b"landed"))
    first = raw_server(lambda conn, head: respond(conn, 302, {"Location": final.url + "/end"}))
    result = fetch(first.url + "/start", allow_private=True)
    assert result.hops == [(first.url + "/start", 302), (final.url + "/end", 200)]
    gone = raw_server(lambda conn, head: respond(conn, 301, {"Location": "http://gone.invalid/"}))
    with pytest.raises(FetchError) as caught:
        fetch(gone.url + "/", allow_private=True)
    assert caught.value.hops == [(gone.url + "/", 301)]
    assert caught.value.redirects == ["http://gone.invalid/"]
