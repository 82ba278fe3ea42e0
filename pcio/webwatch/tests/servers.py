"""Real local servers for tests: hostile raw-socket servers and a small routed web site.

Everything binds 127.0.0.1 on an ephemeral port and runs in daemon threads.
"""

import socket
import threading
import time
import zlib

from pcio.lib.testing import Site  # noqa: F401 - the tests import it from here


class RawServer:
    """Calls handler(conn, request_head: str) for each connection, in its own thread."""

    def __init__(self, handler):
        self.handler = handler
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        try:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(4096)
                if not data:
                    return
                head += data
            self.handler(conn, head.decode("latin-1"))
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self.sock.close()


def respond(conn, status=200, headers=None, body=b""):
    lines = [f"HTTP/1.1 {status} X"]
    headers = {"Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    lines += [f"{k}: {v}" for k, v in headers.items() if v is not None]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def stall(conn, head):
    time.sleep(30)


def drip(conn, head):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    for _ in range(300):
        conn.sendall(b"<p>")
        time.sleep(0.1)


def flood(conn, head):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    block = b"<p>" * 20000
    while True:
        conn.sendall(block)


def loop(conn, head):
    path = head.split(" ")[1]
    respond(conn, 302, {"Location": path + "x"})


def bomb_body(megabytes=64) -> bytes:
    """~64 KB of gzip that inflates to `megabytes` MB of zeros (made without holding them)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()
