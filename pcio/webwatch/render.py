"""Render pages in headless Chromium (Debian's, through Playwright) for the detector.

One browser per scan, a fresh context per page. Chromium reaches the network only through
a route handler: the page's own document is served from the body the crawler fetched, and
a request for anything else on the site (or the agency's registered websites) is fetched
with the guarded fetcher (address rules, size caps, time); every other request is refused
and a navigation away is recorded, answered 204 (the browser stays) and judged like a
redirect chain. An init script records which script wrote what; after load the page's
visually hidden parts (computed style, boxes, clip, text coloured like its background) are
marked, and the DOM is handed to pcio.webwatch.detect.dynamic.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from pathlib import Path

from pcio.lib.fetch import FetchError, afetch
from pcio.webwatch.detect import PERSONAS
from pcio.webwatch.detect.dynamic import Rendered
from pcio.webwatch.detect.lexicon import host_of, site_of

log = logging.getLogger("pcio.webwatch")
SETTLE_MS = 250          # timers a spam script starts on load get this long to run
AT_ONCE = 2              # pages rendered at once (each is a renderer process)
HERE = Path(__file__).parent
RECORD_JS = (HERE / "renderjs" / "record.js").read_text()
MARK_JS = (HERE / "renderjs" / "mark.js").read_text()


def _setting(name, default):
    try:
        from django.conf import settings

        return getattr(settings, name, default)
    except Exception:  # usable without Django configured (bench, scripts)
        return default


def chromium() -> str:
    """Path of Debian's Chromium, or "" when it is not installed."""
    path = (_setting("PCIO_CHROMIUM", "") or os.environ.get("PCIO_CHROMIUM")
            or shutil.which("chromium") or "/usr/bin/chromium")
    return path if os.access(path, os.X_OK) else ""


def wanted(render=None) -> str:
    """"on" or "off": the argument, else the PCIO_WEBWATCH_RENDER setting."""
    if render is not None:
        return "on" if render else "off"
    value = str(_setting("PCIO_WEBWATCH_RENDER", "on")).lower()
    return {"1": "on", "true": "on", "yes": "on", "0": "off", "false": "off",
            "no": "off"}.get(value, value if value in ("on", "off") else "on")


def launch_args(heap_mb: int) -> list[str]:
    return ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--dns-prefetch-disable", "--disable-dev-shm-usage",
            f"--js-flags=--max-old-space-size={heap_mb}",
            # what the route handler does not see (it sees every HTTP request) goes to a
            # proxy that is not there
            "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]


class Renderer:
    """Started on first use; close() at the end of the scan. allow: the agency's other
    sites (registrable domains) a page may load from; client: the crawl's guarded client
    (None: nothing but the page itself is loaded)."""

    def __init__(self, client, *, allow=(), timeout=None, heap_mb=None, path=None):
        self.client, self.allow = client, frozenset(allow)
        self.seconds = timeout or _setting("PCIO_WEBWATCH_RENDER_SECONDS", 10.0)
        self.heap_mb = heap_mb or _setting("PCIO_WEBWATCH_RENDER_HEAP_MB", 128)
        self.path = chromium() if path is None else path
        self.playwright = self.browser = None
        self.broken = "" if self.path else (
            "ไม่พบ Chromium จึงตรวจแบบไม่รันสคริปต์ / Chromium is not installed: "
            "checked without running scripts")
        self.lock, self.limit = asyncio.Lock(), asyncio.Semaphore(AT_ONCE)

    async def _start(self):
        async with self.lock:
            if self.browser or self.broken:
                return
            try:
                from playwright.async_api import async_playwright

                self.playwright = await async_playwright().start()
                self.browser = await self.playwright.chromium.launch(
                    executable_path=self.path, headless=True,
                    args=launch_args(self.heap_mb))
            except Exception as exc:  # no browser must never stop a scan
                log.warning("chromium did not start", extra={"error": str(exc)[:300]})
                self.broken = (f"Chromium เปิดไม่ได้ จึงตรวจแบบไม่รันสคริปต์ / Chromium did not "
                               f"start ({type(exc).__name__}): checked without running scripts")
                await self.close()

    async def close(self):
        for thing, method in ((self.browser, "close"), (self.playwright, "stop")):
            if thing is not None:
                try:
                    await getattr(thing, method)()
                except Exception:  # already gone (a crashed browser)
                    pass
        self.browser = self.playwright = None

    async def render(self, fetched, persona: str | None = None) -> Rendered:
        """The fetched page as Chromium runs it for the persona (default: the fetch's)."""
        persona = persona or fetched.persona
        await self._start()
        if self.broken:
            return Rendered(persona, fetched.final_url, error=self.broken)
        async with self.limit:
            page = _Page(self, fetched, persona)
            try:
                async with asyncio.timeout(self.seconds + 5):
                    return await page.run()
            except Exception as exc:  # a hostile or slow page: static analysis stands
                return Rendered(persona, fetched.final_url, error=(
                    f"รันสคริปต์ไม่สำเร็จ / rendering failed: {type(exc).__name__}: "
                    f"{str(exc)[:200]}"))
            finally:
                await page.close()


def render_offline(jobs: list) -> list[Rendered]:
    """[(fetched, persona)] rendered with one browser and no network at all (only each
    page's own body): for the corpus evaluation, whose pages name real agency sites."""
    from pcio.lib.fetch import run_sync

    async def run():
        renderer = Renderer(None)
        try:
            return [await renderer.render(f, p) for f, p in jobs]
        finally:
            await renderer.close()

    return run_sync(run)


class _Page:
    """One page in a fresh context: its routes, navigations and what it rendered to."""

    def __init__(self, renderer: Renderer, fetched, persona: str):
        self.r, self.fetched, self.persona = renderer, fetched, persona
        self.url = fetched.final_url or fetched.url
        self.home = site_of(host_of(self.url))
        self.headers = PERSONAS.get(persona, PERSONAS["desktop"])
        self.navigations, self.blocked, self.context, self.served = [], [], None, False

    async def run(self) -> Rendered:
        phone = "Mobile" in self.headers["User-Agent"]
        self.context = await self.r.browser.new_context(
            user_agent=self.headers["User-Agent"], locale="th-TH", accept_downloads=False,
            service_workers="block", java_script_enabled=True, is_mobile=phone,
            has_touch=phone, viewport={"width": 412, "height": 915} if phone
            else {"width": 1366, "height": 900})
        await self.context.add_init_script(RECORD_JS)
        await self.context.route("**/*", self._route)
        page = await self.context.new_page()
        page.on("popup", self._popup)
        page.set_default_timeout(self.r.seconds * 1000)
        await page.goto(self.url, referer=self.headers.get("Referer"), wait_until="commit")
        try:
            await page.wait_for_load_state("load")
        except Exception:  # a navigation stopped mid-load may leave "load" unfired
            pass
        await page.wait_for_timeout(SETTLE_MS)
        try:
            data = await page.evaluate(MARK_JS)
        except Exception:  # a script moved to another page of the site meanwhile
            await page.wait_for_load_state("load")
            data = await page.evaluate(MARK_JS)
        return Rendered(self.persona, self.url, data["html"], data["writes"],
                        self.navigations, self.blocked)

    async def close(self):
        if self.context is not None:
            try:
                async with asyncio.timeout(10):  # a renderer stuck in a loop is killed
                    await self.context.close()
            except Exception:  # the browser went away meanwhile, or would not answer
                pass

    def _popup(self, popup):
        # window.open: the target was requested (and recorded) through the route handler
        asyncio.ensure_future(popup.close())

    def allowed(self, url: str) -> bool:
        if not url.startswith(("http://", "https://")):
            return False
        site = site_of(host_of(url))
        return bool(site) and (site == self.home or site in self.r.allow)

    async def _route(self, route):
        request = route.request
        url = request.url
        if _top_level_navigation(request):
            if url.split("#")[0] == self.url.split("#")[0] and not self.served:
                self.served = True
                return await self._serve_fetched(route)
            if not self.allowed(url):
                self.navigations.append(url)
                return await route.fulfill(status=204, body="")   # the browser stays put
        if not self.allowed(url) or self.r.client is None:
            self.blocked.append(url)
            return await route.abort("blockedbyclient")
        await self._fetch(route, url)

    async def _serve_fetched(self, route):
        # the very body the static rules judged: nothing is fetched twice
        kind = self.fetched.headers.get("content-type", "text/html").split(";")[0]
        await route.fulfill(status=200, body=self.fetched.text.encode("utf-8"),
                            headers={"content-type": f"{kind}; charset=utf-8"})

    async def _fetch(self, route, url: str):
        headers = {**self.headers, "Referer": self.url}
        try:
            got = await afetch(url, client=self.r.client, headers=headers,
                               timeout=self.r.seconds, max_redirects=3)
        except FetchError as exc:
            self.blocked.append(f"{url} ({exc.kind})")
            return await route.abort("failed")
        if not all(self.allowed(u) for u in got.redirects):
            self.blocked.append(f"{url} → {got.final_url}")
            return await route.abort("blockedbyclient")
        kind = got.headers.get("content-type", "application/octet-stream")
        await route.fulfill(status=got.status, body=got.body, headers={"content-type": kind})


def _top_level_navigation(request) -> bool:
    if not request.is_navigation_request():
        return False
    try:
        return request.frame.parent_frame is None
    except Exception:  # a popup's first navigation has no frame yet; it is a top-level one
        return True
