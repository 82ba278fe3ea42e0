"""Availability of linked files: plain Python over the guarded fetcher, no database.

One HEAD per link, or a GET cut off after a few kilobytes when the server refuses HEAD, so a
large file is never downloaded. Many links are checked at once but only a few per host, each
within the fetcher's time cap, and a host that keeps not answering is given up on for the rest
of the run: one dead or hostile server costs a few timeouts, not the whole run.

    outcomes = check_many(["https://data.example.go.th/t.csv"])   # {url: Outcome}
"""

import asyncio
from collections import defaultdict
from dataclasses import dataclass

from pcio.lib.fetch import (
    REDIRECT_CODES,
    FetchError,
    afetch,
    guarded_client,
    run_sync,
    split_url,
)

REFUSES_HEAD = {405, 501}
GET_MAX_BYTES = 64 * 1024  # the first bytes of a file show it is being served
DOWN_AFTER = 3  # unanswered requests in a row before a host is given up on for this run
NO_ANSWER = {"timeout", "connect"}
REASONS = {
    "timeout": "หมดเวลา",
    "connect": "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้",
    "blocked": "ปฏิเสธที่อยู่ภายใน (private/intranet)",
    "tls": "ใบรับรอง TLS ไม่ถูกต้อง",
    "too_many_redirects": "เปลี่ยนเส้นทางมากเกินไป",
    "too_large": "ไฟล์ใหญ่เกินกำหนด",
    "http": "เซิร์ฟเวอร์ตอบผิดรูปแบบ HTTP",
    "bad_url": "ลิงก์ไม่ถูกต้อง (ต้องเป็น http หรือ https)",
}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    reason: str = ""  # short Thai, empty when the link works
    kind: str = ""  # the FetchError kind of a failure, "status" for a 4xx/5xx answer


def judge(status: int) -> Outcome:
    """The final answer after redirects: 2xx/3xx is a working link, 4xx/5xx is not."""
    return Outcome(True) if status < 400 else Outcome(False, f"เซิร์ฟเวอร์ตอบ {status}", "status")


def failed(error: FetchError) -> Outcome:
    reason = REASONS[error.kind]
    if error.kind == "connect" and "ไม่พบชื่อโดเมน" in error.message:
        reason = "ไม่พบชื่อโดเมน"  # resolve() says so; the officer should fix the address
    return Outcome(False, reason, error.kind)


async def _status(client, url, method, timeout) -> int:
    try:
        result = await afetch(url, client=client, method=method, timeout=timeout,
                              max_bytes=GET_MAX_BYTES)
    except FetchError as exc:
        # Over the cap is expected of a real file: the server answered, judge its status.
        if exc.kind == "too_large" and exc.status and exc.status not in REDIRECT_CODES:
            return exc.status
        raise
    return result.status


async def acheck(url, client, timeout=None) -> Outcome:
    """Check one link with a client from guarded_client()."""
    try:
        status = await _status(client, url, "HEAD", timeout)
        if status in REFUSES_HEAD:
            status = await _status(client, url, "GET", timeout)
    except FetchError as exc:
        return failed(exc)
    return judge(status)


class Hosts:
    """A few slots per host, and the hosts that stopped answering during this run."""

    def __init__(self, per_host):
        self.slots = defaultdict(lambda: asyncio.Semaphore(per_host))
        self.unanswered = defaultdict(int)
        self.last = {}

    def given_up(self, host) -> Outcome | None:
        if self.unanswered[host] < DOWN_AFTER:
            return None
        return Outcome(False, f"{self.last[host].reason} (ข้าม: เซิร์ฟเวอร์ไม่ตอบหลายครั้ง)",
                       self.last[host].kind)

    def note(self, host, outcome):
        self.unanswered[host] = self.unanswered[host] + 1 if outcome.kind in NO_ANSWER else 0
        self.last[host] = outcome


async def _check_all(urls, allow_private, timeout, concurrency, per_host) -> dict:
    hosts, overall = Hosts(per_host), asyncio.Semaphore(concurrency)
    async with guarded_client(allow_private=allow_private, max_connections=concurrency,
                              timeout=timeout) as client:

        async def one(url):
            parts = split_url(url)
            if parts is None:  # malformed (`http://[::1/`): a bad link, not a crash
                return failed(FetchError("bad_url", url[:200]))
            host = parts.netloc.rpartition("@")[2].lower()  # host:port, no password
            async with hosts.slots[host]:  # taken first: waiting on a busy host holds no slot
                skipped = hosts.given_up(host)
                if skipped:
                    return skipped
                async with overall:
                    outcome = await acheck(url, client, timeout)
                hosts.note(host, outcome)
                return outcome

        return dict(zip(urls, await asyncio.gather(*(one(u) for u in urls)), strict=True))


def check_many(urls, *, allow_private=None, timeout=None, concurrency=8, per_host=2) -> dict:
    """{url: Outcome} for each distinct URL; allow_private and timeout default to the
    fetcher's settings (PCIO_FETCH_ALLOW_PRIVATE, PCIO_FETCH_TIMEOUT)."""
    urls = list(dict.fromkeys(urls))
    if not urls:
        return {}
    return run_sync(lambda: _check_all(urls, allow_private, timeout, max(concurrency, 1),
                                       max(per_host, 1)))


def check(url, **options) -> Outcome:
    return check_many([url], **options)[url]
