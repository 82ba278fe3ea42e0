"""With PCIO_LOG_FORMAT=plain a request's log line says what happened ("GET /health/ 200
3.1ms"), not just "INFO pcio.request request": the plain format prints only the message."""

import logging


def test_the_message_carries_method_path_status_and_time(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="pcio.request"):
        client.get("/health/")
    record = next(r for r in caplog.records if r.name == "pcio.request")
    formatted = logging.Formatter("%(levelname)s %(name)s %(message)s").format(record)
    assert formatted.startswith("INFO pcio.request GET /health/ ")
    status, ms = record.getMessage().split()[2:]
    assert status == str(record.status) and ms.endswith("ms")
    assert record.path == "/health/" and record.method == "GET"  # JSON fields stay
