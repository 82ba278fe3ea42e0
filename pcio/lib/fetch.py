"""Guarded HTTP fetcher for URLs that people type in (webwatch, compliance, catalog harvest).

Every TCP connection, including each redirect hop, is opened by a network backend that
resolves the host itself, refuses private/loopback/link-local/metadata addresses (unless
allowed) and connects to the address it checked, so DNS rebinding cannot slip past. Body
size, decompressed size, redirects and total time per page are capped; each failure is a
FetchError with a `kind` and a Thai-first message.

    result = fetch("https://www.nongkhai.go.th/")
    result = await afetch(url, client=client)   # client from guarded_client(), for crawls
"""

from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urljoin, urlsplit

import httpcore
import httpx

from pcio.lib.leases import Busy, Unavailable

DEFAULT_UA = "Mozilla/5.0 (compatible; pcio-fetch/1.0)"
REDIRECT_CODES = {301, 302, 303, 307, 308}
METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}

MESSAGES = {
    "blocked": "ปฏิเสธที่อยู่ภายใน (private/loopback/link-local/metadata) / Refused a private address",
    "timeout": "เว็บไซต์ไม่ตอบภายในเวลาที่กำหนด / The server did not answer in time",
    "too_large": "เนื้อหาใหญ่เกินกำหนด / The response is too large",
    "too_many_redirects": "เปลี่ยนเส้นทางมากเกินไป / Too many redirects",
    "connect": "เชื่อมต่อเว็บไซต์ไม่ได้ / Could not connect",
    "tls": "ใบรับรอง TLS ไม่ถูกต้อง / TLS certificate problem",
    "http": "เว็บไซต์ตอบผิดรูปแบบ HTTP / Broken HTTP response",
    "bad_url": "URL ไม่ถูกต้อง (ต้องเป็น http หรือ https) / Invalid URL",
    "busy": ("เซิร์ฟเวอร์นี้มีคำขอจาก pcio ครบจำนวนที่กำหนดแล้ว รอคิวไม่ทันเวลา / Waited too "
             "long for a free slot to the server's address"),
}


class FetchError(Exception):
    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.redirects = []  # the hops followed before the failure (evidence of where it went)
        self.hops = []  # (url, status) of each answer before the failure
        self.status = None  # the HTTP status, when the server answered before the failure
        self.message = MESSAGES[kind] + (f": {detail}" if detail else "")
        super().__init__(self.message)


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict
    body: bytes
    text: str
    redirects: list = field(default_factory=list)
    elapsed: float = 0.0
    hops: list = field(default_factory=list)  # (url, status) of every answer, the last included
    tls_version: str = ""


def _setting(name, default):
    try:
        from django.conf import settings

        return getattr(settings, name, default)
    except Exception:  # usable without Django configured (scripts, bench)
        return default


def defaults() -> dict:
    return {
        "allow_private": _setting("PCIO_FETCH_ALLOW_PRIVATE", False),
        "timeout": _setting("PCIO_FETCH_TIMEOUT", 15.0),
        "max_bytes": _setting("PCIO_FETCH_MAX_BYTES", 5 * 1024 * 1024),
        "max_decompressed": _setting("PCIO_FETCH_MAX_DECOMPRESSED", 20 * 1024 * 1024),
        "max_redirects": _setting("PCIO_FETCH_MAX_REDIRECTS", 5),
        "slot_wait": _setting("PCIO_FETCH_SLOT_WAIT", 300.0),
    }


# ---- address checks ----

def _address(ip: str):
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr


def is_public_address(ip: str) -> bool:
    """Only globally routable unicast addresses (not CGNAT, documentation, mapped forms)."""
    addr = _address(ip)
    return addr.is_global and not addr.is_multicast


def address_allowed(ip: str, allow_private) -> bool:
    """allow_private: True (anything), False (public only) or networks allowed besides."""
    if allow_private is True or is_public_address(ip):
        return True
    if not allow_private:
        return False
    addr = _address(ip)
    return any(addr in ipaddress.ip_network(net, strict=False) for net in allow_private)


async def resolve(host: str, port: int, allow_private) -> list[str]:
    if allow_private is not True and host.lower().rstrip(".") in METADATA_HOSTS:
        raise FetchError("blocked", host)
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError("connect", f"ไม่พบชื่อโดเมน {host} ({exc})") from None
    ips = list(dict.fromkeys(info[4][0] for info in infos))
    # one bad answer is enough to refuse: a mixed answer is how rebinding attacks start
    if not all(address_allowed(ip, allow_private) for ip in ips):
        raise FetchError("blocked", f"{host} → {', '.join(ips)}")
    return ips


# (host, port, address) a request holds a per-address slot for (address_slot): its new
# connection goes to that address and no other
PINNED = contextvars.ContextVar("pcio_fetch_pinned", default=None)
_CHOSEN = {}  # (host, port) -> the address its requests were last pinned to


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks and connects to the checked address for every new connection."""

    def __init__(self, allow_private):
        self.allow_private = allow_private
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None,
                          socket_options=None):
        pinned = PINNED.get()
        if pinned and pinned[:2] == (host, port):
            ips = [pinned[2]]  # resolved and checked by address_slot a moment ago
        else:
            ips = await resolve(host, port, self.allow_private)
        last = None
        for ip in ips:
            try:
                return await self.inner.connect_tcp(ip, port, timeout, local_address,
                                                    socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last

    async def connect_unix_socket(self, *args, **kwargs):
        raise FetchError("blocked", "unix socket")

    async def sleep(self, seconds):
        await self.inner.sleep(seconds)


def _ssl_context(verify):
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    if verify:
        return ssl.create_default_context()
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, allow_private, verify=True, max_connections=10):
        limits = httpx.Limits(max_connections=max_connections,
                              max_keepalive_connections=max_connections)
        ctx = _ssl_context(verify)
        super().__init__(verify=ctx, trust_env=False, limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ctx, max_connections=max_connections,
            max_keepalive_connections=max_connections, keepalive_expiry=5.0,
            network_backend=GuardedBackend(allow_private))


def guarded_client(*, allow_private=None, verify=True, max_connections=10,
                   timeout=None, slots=None) -> httpx.AsyncClient:
    """An AsyncClient for afetch(client=...): guarded connections, no proxies from env.
    slots (pcio.lib.leases.Slots): every request it sends holds a slot for the address it
    connects to, so no more than slots.limit go to one server at once across all holders."""
    conf = defaults()
    allow = _allow(conf["allow_private"] if allow_private is None else allow_private)
    transport = GuardedTransport(allow, verify, max_connections)
    client = httpx.AsyncClient(transport=transport, trust_env=False, follow_redirects=False,
                               timeout=timeout or conf["timeout"])
    client.pcio_allow_private, client.pcio_slots = allow, slots
    return client


@asynccontextmanager
async def address_slot(client, url: str, conf: dict):
    """Holds one of the client's slots for the address this request goes to (none without
    slots). Keyed by the resolved address, not the name: many sites share one server. Each
    name sticks to one of its addresses, so a kept-alive connection is to the one held.
    Waiting in line (up to conf["slot_wait"]) does not count against the request's own
    time budget: a page of a busy shared server is fetched later, not judged unseen."""
    slots = getattr(client, "pcio_slots", None)
    if slots is None:
        yield
        return
    target = httpx.URL(url)
    host = target.raw_host.decode("ascii")  # as the backend is asked to connect (IDNA)
    port = target.port or (443 if target.scheme == "https" else 80)
    ips = await resolve(host, port, client.pcio_allow_private)
    ip = _CHOSEN.get((host, port))
    ip = ip if ip in ips else ips[0]
    if len(_CHOSEN) > 100_000:
        _CHOSEN.clear()
    _CHOSEN[(host, port)] = ip
    try:
        left, resume = _pause_budget(conf)
        async with slots.hold(f"address:{_address(ip)}", time.monotonic() + conf["slot_wait"],
                              left, taken=resume):
            pin = PINNED.set((host, port, ip))
            try:
                yield
            finally:
                PINNED.reset(pin)
    except Busy as exc:
        raise FetchError("busy", str(exc)) from None


def _pause_budget(conf):
    """Stops the request's time budget (conf["budget"], an asyncio.Timeout) while it waits
    for a slot. Returns the seconds the budget has left and the function that restarts it."""
    budget, loop = conf.get("budget"), asyncio.get_running_loop()
    if budget is None or budget.when() is None:
        return conf["timeout"], lambda: None
    left = budget.when() - loop.time()
    budget.reschedule(None)
    return left, lambda: budget.reschedule(loop.time() + left)


def _allow(value):
    if isinstance(value, (bool, int)) or value is None:
        return bool(value)
    return tuple(value)


# ---- decoding ----

class _Decoder:
    """Content-Encoding decoder with an output cap checked chunk by chunk (gzip bombs)."""

    def __init__(self, encoding: str, limit: int):
        names = [e.strip().lower() for e in encoding.split(",") if e.strip()]
        self.steps = [n for n in names if n not in ("identity", "")]
        self.objs = [zlib.decompressobj(47 if n in ("gzip", "x-gzip") else 15)
                     for n in self.steps if n in ("gzip", "x-gzip", "deflate")]
        if len(self.objs) != len(self.steps):
            self.objs = []  # an encoding we cannot decode: keep the raw bytes
        self.limit, self.size, self.out = limit, 0, []

    def feed(self, data: bytes):
        for obj in reversed(self.objs):
            data = self._inflate(obj, data)
        self._keep(data)

    def _inflate(self, obj, data: bytes) -> bytes:
        parts = []
        while data:
            try:
                chunk = obj.decompress(data, 65536)
            except zlib.error as exc:
                raise FetchError("http", f"บีบอัดผิดรูปแบบ ({exc})") from None
            self._count(len(chunk))
            parts.append(chunk)
            data = obj.unconsumed_tail
        return b"".join(parts)

    def _count(self, n: int):
        self.size += n
        if self.size > self.limit:
            raise FetchError("too_large", f"เกิน {self.limit} ไบต์หลังคลายการบีบอัด")

    def _keep(self, data: bytes):
        if not self.objs:
            self._count(len(data))
        self.out.append(data)

    def body(self) -> bytes:
        return b"".join(self.out)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_THAI_ALIASES = {"tis-620", "tis620", "iso-8859-11", "iso8859-11", "windows-874", "cp874",
                 "x-windows-874", "ms874", "tis_620"}


def _codec(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    if name in _THAI_ALIASES:
        return "cp874"  # superset of TIS-620; browsers treat them alike
    try:
        import codecs

        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(body: bytes, content_type: str = "") -> str:
    """Decode like a browser: BOM, header charset, meta charset, UTF-8, then Thai cp874."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    declared = re.search(r"charset=([\w:.-]+)", content_type or "", re.I)
    meta = _META_CHARSET.search(body[:4096])
    for name in (declared and declared.group(1), meta and meta.group(1).decode("ascii", "ignore")):
        codec = name and _codec(name)
        if codec:
            return body.decode(codec, "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp874", "replace")


# ---- fetching ----

def split_url(url: str) -> SplitResult | None:
    """urlsplit() for URLs found on pages and typed by people: None instead of the
    ValueError urllib raises for a malformed one (`http://[::1/`, a bad port)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except (ValueError, TypeError):
        return None
    return parts


def join_url(base: str, link: str) -> str | None:
    """urljoin() that answers None for a malformed link instead of raising ValueError."""
    try:
        return urljoin(base, link.strip())
    except ValueError:
        return None


def _check_url(url: str) -> str:
    parts = split_url(url)
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("bad_url", url[:200])
    return url


def _map_error(exc: Exception) -> FetchError:
    if isinstance(exc, FetchError):
        return exc
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return FetchError("timeout")
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, ssl.SSLError) or "CERTIFICATE" in str(exc).upper():
        return FetchError("tls", str(exc)[:200])
    if isinstance(exc, httpx.ConnectError):
        return FetchError("connect", str(exc)[:200])
    if isinstance(exc, (httpx.TooManyRedirects,)):
        return FetchError("too_many_redirects")
    if isinstance(exc, httpx.InvalidURL):
        return FetchError("bad_url", str(exc)[:200])
    return FetchError("http", f"{type(exc).__name__}: {str(exc)[:200]}")


async def _one(client, method, url, headers, max_bytes, max_decompressed):
    request = client.build_request(method, url, headers=headers)
    response = await client.send(request, stream=True)
    try:
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise FetchError("too_large", f"Content-Length {length}")
        decoder = _Decoder(response.headers.get("content-encoding", ""), max_decompressed)
        raw = 0
        async for chunk in response.aiter_raw():
            raw += len(chunk)
            if raw > max_bytes:
                raise FetchError("too_large", f"เกิน {max_bytes} ไบต์")
            decoder.feed(chunk)
        return response, decoder.body()
    except FetchError as exc:
        exc.status = response.status_code  # a body over the cap still came with an answer
        raise
    finally:
        await response.aclose()


def _tls_version(response) -> str:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream else None
    return ssl_object.version() if ssl_object else ""


async def _follow(client, url, method, headers, conf, redirects, hops):
    started, current = time.monotonic(), url
    while True:
        _check_url(current)
        async with address_slot(client, current, conf):
            response, body = await _one(client, method, current, headers, conf["max_bytes"],
                                        conf["max_decompressed"])
        hops.append((current, response.status_code))
        location = response.headers.get("location")
        if response.status_code not in REDIRECT_CODES or not location:
            break
        if len(redirects) >= conf["max_redirects"]:
            raise FetchError("too_many_redirects", f"{len(redirects)} ครั้ง")
        current = join_url(current, location)
        if current is None:
            raise FetchError("bad_url", f"Location: {location[:200]}")
        redirects.append(current)
        if response.status_code == 303:
            method = "GET"
    heads = {k.lower(): v for k, v in response.headers.items()}
    return FetchResult(url=url, final_url=current, status=response.status_code, headers=heads,
                       body=body, text=decode_text(body, heads.get("content-type", "")),
                       redirects=redirects, elapsed=time.monotonic() - started,
                       tls_version=_tls_version(response), hops=hops)


def _conf(**given) -> dict:
    conf = defaults()
    conf.update({k: v for k, v in given.items() if v is not None})
    return conf


async def afetch(url, *, client=None, headers=None, allow_private=None, timeout=None,
                 max_bytes=None, max_decompressed=None, max_redirects=None, verify=True,
                 method="GET") -> FetchResult:
    """Fetch one URL within the total time budget; a client from guarded_client() is reused."""
    conf = _conf(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes,
                 max_decompressed=max_decompressed, max_redirects=max_redirects)
    if client is not None and allow_private is not None \
            and getattr(client, "pcio_allow_private", None) != _allow(allow_private):
        raise ValueError("client was built with a different allow_private")
    _check_url(url)
    sent = {"User-Agent": DEFAULT_UA, "Accept-Encoding": "gzip, deflate", **(headers or {})}
    own, redirects, hops = client is None, [], []
    client = client or guarded_client(allow_private=conf["allow_private"], verify=verify,
                                      timeout=conf["timeout"])
    try:
        async with asyncio.timeout(conf["timeout"]) as conf["budget"]:
            return await _follow(client, url, method, sent, conf, redirects, hops)
    except Unavailable:
        raise  # the slot count cannot be kept: the caller's job fails, no site is to blame
    except Exception as exc:
        error = _map_error(exc)
        error.redirects, error.hops = redirects, hops
        raise error from None
    finally:
        if own:
            await client.aclose()


def run_sync(coroutine_function):
    """asyncio.run(coroutine_function()), in a helper thread when this thread already runs
    an event loop (an async view, Playwright's sync API in tests)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine_function())
    box = {}

    def run():
        try:
            box["result"] = asyncio.run(coroutine_function())
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def fetch(url, **options) -> FetchResult:
    """Synchronous afetch(); safe to call from code that already runs an event loop."""
    return run_sync(lambda: afetch(url, **options))
