from pcio.lib.fetch import decode_text, fetch
from pcio.webwatch.tests.servers import respond

THAI = "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ"


def serve(raw_server, body, content_type):
    return raw_server(lambda conn, head: respond(conn, 200, {"Content-Type": content_type}, body))


def test_it_decodes_tis620_declared_in_the_header(raw_server):
    server = serve(raw_server, THAI.encode("tis-620"), "text/html; charset=TIS-620")
    assert fetch(server.url, allow_private=True).text == THAI


def test_it_decodes_windows_874_declared_only_in_a_meta_tag(raw_server):
    html = f'<meta http-equiv="Content-Type" content="text/html; charset=windows-874"><p>{THAI}'
    server = serve(raw_server, html.encode("cp874"), "text/html")
    assert THAI in fetch(server.url, allow_private=True).text


def test_it_falls_back_to_thai_when_an_undeclared_page_is_not_utf8():
    assert decode_text(THAI.encode("tis-620")) == THAI


def test_broken_utf8_is_decoded_with_replacements_not_a_crash(raw_server):
    body = THAI.encode("utf-8")[:-1] + b"\xff\xfe"
    server = serve(raw_server, body, "text/html; charset=utf-8")
    text = fetch(server.url, allow_private=True).text
    assert text.startswith("สล็อต") and "\ufffd" in text


def test_an_unknown_charset_falls_back_to_detection(raw_server):
    server = serve(raw_server, THAI.encode("utf-8"), "text/html; charset=x-nonsense")
    assert fetch(server.url, allow_private=True).text == THAI
