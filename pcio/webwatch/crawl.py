"""Crawl one site politely and check every page as every persona (plain Python, no Django).

Finds pages through the start page, robots.txt, sitemaps (indexes and .gz), links and the
previous scan; planted-looking and new URLs go first so a page budget still reaches them.
A random non-existent path is probed for sites that answer every URL with spam.

    report = crawl("https://www.nongkhai.go.th/", max_pages=50)
"""

from __future__ import annotations

import asyncio
import gzip
import heapq
import logging
import secrets
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlunsplit

from lxml import etree
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from pcio.lib.fetch import FetchError, afetch, guarded_client, join_url, run_sync, split_url
from pcio.webwatch import politeness
from pcio.webwatch import render as rendering
from pcio.webwatch.detect import (
    PERSONAS,
    Fetched,
    Finding,
    Verdict,
    check_page,
    doorway_path,
    dynamic,
    saw,
)
from pcio.webwatch.detect.verdict import own_sites
from pcio.webwatch.limits import MAX_SITEMAPS

log = logging.getLogger("pcio.webwatch")
SKIP_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".jpg",
    ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".mp3", ".mp4", ".avi", ".css",
    ".js", ".woff", ".woff2", ".ttf", ".exe", ".apk", ".iso", ".xml", ".gz",
)  # fmt: skip
MAX_SITEMAP_URLS = 50_000
MAX_FAILURES_IN_A_ROW = 5
# queue priorities: lower goes first
START, SUSPECT, NEW, LINK = 0, 1, 2, 3


@dataclass
class PageReport:
    url: str
    verdict: str  # "infected", "clean" or "could_not_check"
    score: float = 0.0
    findings: list = field(default_factory=list)
    fetches: list = field(default_factory=list)
    status: int | None = None
    is_new: bool = False
    source: str = "link"


@dataclass
class CrawlReport:
    start_url: str
    pages: list = field(default_factory=list)
    sitemap_urls: int = 0
    stopped: str = ""  # why the crawl ended early, if it did

    @property
    def verdict(self) -> str:
        """infected if any page is; unreachable if the start page could not be checked;
        could_not_check if another page could not (a page nobody saw may be the infected
        one, so the site is not clean either); else clean."""
        verdicts = {p.verdict for p in self.pages}
        if "infected" in verdicts:
            return "infected"
        if not self.pages or self.pages[0].verdict == "could_not_check":
            return "unreachable"
        return "could_not_check" if "could_not_check" in verdicts else "clean"


def normalise(url: str) -> str:
    """The URL as the crawl keys it; "" for a malformed one (a link is then skipped)."""
    parts = split_url(url.strip())
    if parts is None:
        return ""
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _bare_host(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def is_html(fetched: Fetched) -> bool:
    kind = fetched.headers.get("content-type", "").lower()
    return not kind or "html" in kind or "text/plain" in kind


class Crawler:
    def __init__(self, start_url, *, max_pages=50, per_host=4, allow_private=None, known=(),
                 recheck=(), verify=True, personas=None, on_page=None, timeout=None,
                 executor=None, probe=True, client=None, on_result=None, keep_fetches=True,
                 own=(), render=None):
        # a malformed start URL is kept as given: fetching it answers bad_url
        self.start = normalise(start_url) or start_url
        parts = split_url(self.start) or split_url("")
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.host = _bare_host(parts.netloc)
        self.max_pages, self.per_host = max(1, max_pages), max(1, per_host)
        self.allow_private, self.verify, self.timeout = allow_private, verify, timeout
        self.personas = list(personas or PERSONAS)
        self.known, self.recheck = {normalise(u) for u in known}, list(recheck)
        self.on_page, self.executor, self.probe = on_page, executor, probe
        self.client, self.own_client = client, client is None
        # a 2,000-page scan keeps 10,000 bodies unless each page is handed on and dropped
        self.on_result, self.keep_fetches = on_result, keep_fetches
        self.own = tuple(own)  # hosts of the agency's registered websites: not "offsite"
        self.queue, self.seen, self.counter = [], set(), 0
        # rendering in Chromium: True/False, None = the PCIO_WEBWATCH_RENDER setting
        self.render, self.renderer, self.judged = render, None, 0
        self.scripts_rendered = set()  # dynamic.scripts_key of the pages rendered so far
        self.render_every = max(1, rendering._setting("PCIO_WEBWATCH_RENDER_EVERY", 50))
        self.report = CrawlReport(self.start)

    # ---- running ----

    def run_sync(self) -> CrawlReport:
        return run_sync(self.run)

    async def run(self) -> CrawlReport:
        if self.own_client:
            self.client = guarded_client(allow_private=self.allow_private, verify=self.verify,
                                         max_connections=self.per_host, timeout=self.timeout,
                                         slots=politeness.slots())
        self.limit = self.fetching_limit()
        try:
            await self.rendering(self._crawl)
        finally:
            if self.own_client:
                await self.client.aclose()
        return self.report

    def fetching_limit(self) -> asyncio.Semaphore:
        """per_host fetches at once, no more than the client's per-address slots: a fetch
        over them would only wait for a slot, and the wait counts against its time."""
        slots = getattr(self.client, "pcio_slots", None)
        return asyncio.Semaphore(min(self.per_host, slots.limit) if slots else self.per_host)

    async def rendering(self, work):
        """work() with a browser for the pages that need one (started on first use)."""
        if rendering.wanted(self.render) != "off":
            self.renderer = rendering.Renderer(self.client, allow=own_sites(self.own))
        try:
            return await work()
        finally:
            if self.renderer is not None:
                await self.renderer.close()

    async def _crawl(self):
        first = await self._page(self.start, "start")
        self._done(first)
        if first.verdict == "could_not_check":
            self.report.stopped = "start page could not be checked"
            return
        for url in self.recheck:
            self._add(url, START, "previous")
        await self._discover()
        if self.probe:
            await self._probe()
        await self._drain()

    async def _drain(self):
        running, failures = set(), 0
        while self.queue or running:
            while self.queue and len(running) < self._at_once() and self._room(len(running)):
                _, _, url, source = heapq.heappop(self.queue)
                running.add(asyncio.create_task(self._page(url, source)))
            if not running:
                break
            finished, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in finished:
                page = task.result()
                self._done(page)
                failures = failures + 1 if page.verdict == "could_not_check" else 0
            if failures >= MAX_FAILURES_IN_A_ROW:
                self.report.stopped = "too many pages in a row could not be checked"
                break
        for task in running:
            task.cancel()

    def _at_once(self) -> int:
        """Pages in progress: fetches are held to per_host by self.limit, so a page being
        rendered (seconds, no fetching) need not hold back the fetching of others."""
        return self.per_host + (rendering.AT_ONCE if self.renderer is not None else 0)

    def _room(self, running: int) -> bool:
        return len(self.report.pages) + running < self.max_pages

    def _done(self, page: PageReport):
        if self.on_result:
            self.on_result(page)
        if not self.keep_fetches:
            page.fetches = []
        self.report.pages.append(page)
        if self.on_page:
            self.on_page(len(self.report.pages), self.max_pages)

    # ---- frontier ----

    def _add(self, url: str, priority: int, source: str):
        url = normalise(url)
        parts = split_url(url)
        if not url or url in self.seen or parts.scheme not in ("http", "https"):
            return
        if _bare_host(parts.netloc) != self.host or parts.path.lower().endswith(SKIP_EXTENSIONS):
            return
        if doorway_path(url):
            priority = min(priority, SUSPECT)
        elif self.known and url not in self.known:
            priority = min(priority, NEW)
        self.seen.add(url)
        self.counter += 1
        heapq.heappush(self.queue, (priority, self.counter, url, source))

    def _is_new(self, url: str) -> bool:
        return bool(self.known) and url not in self.known

    def _links(self, page: PageReport):
        if len(self.seen) >= self.max_pages * 4:
            return  # enough candidates already; parsing more pages would only cost time
        texts = {f.text: f for f in page.fetches if is_html(f)}  # personas often agree
        for fetched in texts.values():
            tree = HTMLParser(fetched.text)
            for node in tree.css("a[href], area[href], iframe[src], frame[src]"):
                target = node.attributes.get("href") or node.attributes.get("src") or ""
                self._add(join_url(fetched.final_url, target) or "", LINK, "link")

    # ---- discovery: robots.txt, sitemaps, soft-404 probe ----

    async def _discover(self):
        sitemaps = [urljoin(self.origin, "/sitemap.xml")]
        robots = await self._get(urljoin(self.origin, "/robots.txt"), raw=True)
        if not isinstance(robots, FetchError) and robots.status == 200:
            for line in robots.text.splitlines():
                name, _, value = line.partition(":")
                name, value = name.strip().lower(), value.split("#")[0].strip()
                url = join_url(self.origin, value) if value else None  # None: malformed
                if name == "sitemap" and url:
                    sitemaps.insert(0, url)
                elif name in ("allow", "disallow") and url and "*" not in value \
                        and doorway_path(url):
                    self._add(url, SUSPECT, "robots")
        await self._sitemaps(sitemaps)

    async def _sitemaps(self, pending: list):
        done = set()
        while pending and len(done) < MAX_SITEMAPS:
            url = pending.pop(0)
            if url in done:
                continue
            done.add(url)
            fetched = await self._get(url, raw=True)
            if isinstance(fetched, FetchError) or fetched.status != 200:
                continue
            index, locs = parse_sitemap(fetched)
            if index:
                pending.extend(locs)
                continue
            for loc in locs[: MAX_SITEMAP_URLS - self.report.sitemap_urls]:
                self.report.sitemap_urls += 1
                self._add(loc, LINK, "sitemap")

    async def _probe(self):
        url = f"{self.origin}/{secrets.token_hex(6)}/{secrets.token_hex(4)}.html"
        page = await self._page(url, "probe")
        # what the site itself answered (a redirect to a blocked spam domain counts)
        served = [f for f in page.fetches if 0 < _first_answer(f) < 400]
        if page.verdict != "infected" or not served:
            return
        page.findings.insert(0, Finding(
            "soft404_spam", f"{url} → HTTP {_first_answer(served[0])}: ทุก URL ตอบด้วยหน้าสแปม",
            served[0].persona, 1.0))
        self._done(page)

    # ---- fetching and checking ----

    async def _get(self, url, persona="desktop", raw=False):
        async with self.limit:
            try:
                result = await afetch(url, client=self.client, headers=PERSONAS[persona],
                                      timeout=self.timeout)
            except FetchError as error:
                return error if raw else failed(url, persona, error)
        if raw:
            return result
        return Fetched(persona, url, result.final_url, result.status, result.headers,
                       result.text, result.redirects, result.hops)

    async def _page(self, url: str, source: str) -> PageReport:
        fetches = await asyncio.gather(*(self._get(url, p) for p in self.personas))
        # pages that are not HTML are not judged; one that never came back still counts
        pages = [f for f in fetches if is_html(f) or not saw(f)]
        verdict = await self._rendered(pages, await self._check(pages))
        status = next((f.status for f in fetches if f.status), None)
        page = PageReport(url, verdict.verdict, verdict.score, list(verdict.findings),
                          fetches, status, self._is_new(url), source)
        self._links(page)
        return page

    async def _check(self, fetches: list) -> Verdict:
        if not fetches:
            return Verdict("clean", 0.0, [])
        fetches = distinct(fetches)
        try:
            if self.executor is None:
                # inline: a detector thread would hold the GIL and convoy every socket call
                return check_page(fetches, self.own)
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, check_page, fetches, self.own)
        except Exception as exc:  # one odd page must not end the whole scan
            log.exception("detector failed", extra={"url": fetches[0].url})
            finding = Finding("could_not_check", f"ตัวตรวจจับขัดข้อง: {type(exc).__name__}")
            return Verdict("could_not_check", 0.0, [finding])


    async def _rendered(self, fetches: list, verdict: Verdict) -> Verdict:
        """The verdict with what Chromium saw added, for pages whose scripts may build
        content (dynamic.reason; once per set of scripts) and one page in render_every; an
        infected page is not rendered (the static evidence is enough)."""
        seen = distinct([f for f in fetches if saw(f) and f.text])
        self.judged += 1
        if self.renderer is None or verdict.verdict == "infected" or not seen:
            return verdict
        why = dynamic.reason(seen[0].text, seen[0].final_url, own_sites(self.own))
        key = dynamic.scripts_key(seen[0].text)
        why = why if key not in self.scripts_rendered else ""
        if not why and (self.judged - 1) % self.render_every:
            return verdict
        self.scripts_rendered.add(key)
        jobs = [(f, f.persona) for f in seen]
        if why and dynamic.conditional(seen[0].text) and "phone_google" in self.personas \
                and all(f.persona != "phone_google" for f in seen):
            jobs.append((seen[0], "phone_google"))  # spam scripts often fire only for it
        shots = await asyncio.gather(*(self.renderer.render(f, p) for f, p in jobs))
        try:
            return dynamic.judge(verdict, shots, self.own)
        except Exception as exc:  # one odd rendered page must not end the whole scan
            log.exception("rendered page not judged", extra={"url": seen[0].url})
            note = Finding("not_rendered", f"ตัดสินหน้าที่รันสคริปต์ไม่ได้: {type(exc).__name__}")
            return Verdict(verdict.verdict, verdict.score, [*verdict.findings, note])


def _first_answer(f: Fetched) -> int:
    status = f.hops[0][1] if f.hops else f.status
    return status if isinstance(status, int) else 0


def distinct(fetches: list) -> list:
    """One fetch per different response: personas that saw the very same page are checked
    once (as the first of them), so detection costs one pass unless the site cloaks. Fetches
    that got no page are all kept, so the verdict names every persona that was not seen."""
    kept = {}
    for n, f in enumerate(fetches):
        key = (f.text, f.final_url, f.status, tuple(f.redirects)) if saw(f) else n
        kept.setdefault(key, f)
    return list(kept.values())


def failed(url, persona, error) -> Fetched:
    """A fetch that got no page: the hops it followed (often a redirect to a gambling domain
    that is blocked or gone) are evidence, so the detector gets them with the failure."""
    last = error.redirects[-1] if error.redirects else url
    hops = [*error.hops, (last, error.status or error.message)]
    return Fetched(persona, url, last, error.status or 0, {}, "", list(error.redirects), hops,
                   error.message)


def parse_sitemap(fetched, limit=20 * 1024 * 1024) -> tuple[bool, list]:
    """(is_index, locations) from a sitemap or sitemap index, plain or gzip, never throwing."""
    body = fetched.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = zlib.decompressobj(47).decompress(body, limit)
        except (zlib.error, gzip.BadGzipFile):
            return False, []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return False, []
    if root is None:
        return False, []
    locs = [el.text.strip() for el in root.iter("{*}loc") if el.text and el.text.strip()]
    return etree.QName(root).localname == "sitemapindex", locs


def crawl(start_url, **options) -> CrawlReport:
    return Crawler(start_url, **options).run_sync()


def check_url(url, **options) -> PageReport:
    """One page as every persona, no crawling."""
    crawler = Crawler(url, max_pages=1, probe=False, **options)

    async def one():
        async with guarded_client(allow_private=crawler.allow_private, verify=crawler.verify,
                                  timeout=crawler.timeout, slots=politeness.slots()) as client:
            crawler.client, crawler.limit = client, crawler.fetching_limit()
            return await crawler.rendering(lambda: crawler._page(crawler.start, "start"))

    return run_sync(one)
