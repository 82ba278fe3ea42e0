"""Detector speed: pages per second per core on typical 60 KB Thai agency pages.

    .venv/bin/python bench/webwatch_detect.py [--pages N]

Builds pages with the corpus generator's site templates (about 60 KB of Thai text, menus,
news lists, scripts), warms the detector up (model trained or loaded from cache), then times
check_html in this one process (one core). Prints clean-only and mixed (1 in 5 infected)
figures and the conditions. Then the cost of rendering: which pages to render (dynamic.reason,
CPU time) and rendering typical pages in Chromium (one browser, a fresh context per page, no
network: wall-clock time, the browser's processes included).
"""

import argparse
import os
import platform
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


ORDINARY = ["skip_link", "mobile_menu", "same_site_refresh", "maps_youtube", "packed_js",
            "plain", "fb_pixel", "line_oa", "booking_slot", "tender_dimm"]


def typical_pages(n: int, infected_every: int):
    from pcio.webwatch.corpus import generate as g

    gen = g.Gen(2026)
    templates = sorted(g.TEMPLATES)
    forms = sorted(g.INFECTED)
    out = []
    for i in range(n):
        agency = gen.pick(g.AGENCIES)
        # a typical page: news, menus, scripts, embeds; no gambling words at all
        parts = [g.CLEAN[k](agency, gen) for k in gen.r.sample(ORDINARY, 2)]
        if infected_every and i % infected_every == 1:
            parts = g.clean_extras(gen, agency, 2)       # hard clean cases name gambling
        if infected_every and i % infected_every == 0:
            parts.append(g.INFECTED[forms[i % len(forms)]](g.SPAM["train"], gen))
        main = [{"main": gen.body_filler("long")}]
        html = g.assemble(templates[i % len(templates)], agency, main + parts, gen)
        while len(html.encode()) < 60_000:
            html = html.replace("</body>", f"<p>{gen.para(4, 8)}</p></body>")
        out.append((html, g.page_url(agency[1], gen)))
    return out


def run(pages) -> float:
    from pcio.webwatch.detect import check_html

    # CPU time of this process: the figure per core, not skewed by other load on the machine
    start = time.process_time()
    for html, url in pages:
        check_html(html, url)
    return len(pages) / (time.process_time() - start)


def run_personas(pages) -> float:
    from pcio.webwatch.detect import PERSONAS, Fetched, check_page

    start = time.process_time()
    for html, url in pages:
        check_page([Fetched(p, url, url, 200, {}, html, []) for p in PERSONAS])
    return len(pages) / (time.process_time() - start)


def run_reason(pages) -> float:
    from pcio.webwatch.detect import dynamic

    start = time.process_time()
    for html, url in pages:
        dynamic.reason(html, url)
    return len(pages) / (time.process_time() - start)


def run_render(pages) -> str:
    from pcio.webwatch.detect import Fetched
    from pcio.webwatch.render import chromium, render_offline

    if not chromium():
        return "rendering: skipped (Chromium is not installed)"
    jobs = [(Fetched("desktop", url, url, 200, {"content-type": "text/html"}, html), "desktop")
            for html, url in pages]
    render_offline(jobs[:1])  # browser start-up is paid once per scan, not per page
    start = time.perf_counter()
    shots = render_offline(jobs)
    elapsed = time.perf_counter() - start
    failed = sum(bool(s.error) for s in shots)
    return (f"rendering in Chromium (wall clock, one browser started for the run): "
            f"{len(jobs) / elapsed:.1f} pages/s, {1000 * elapsed / len(jobs):.0f} ms/page"
            f"{f', {failed} failed' if failed else ''}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--render-pages", type=int, default=20)
    args = parser.parse_args()
    from pcio.webwatch.detect import PERSONAS, check_html

    check_html("<title>warm-up สล็อต</title><p>สมัคร</p>", "https://a.go.th/")
    clean = typical_pages(args.pages, 0)
    mixed = typical_pages(args.pages, 5)
    size = sum(len(h.encode()) for h, _ in clean) / len(clean) / 1000
    print(f"python {platform.python_version()}, {platform.processor() or platform.machine()}, "
          f"1 process (1 core), {args.pages} pages of {size:.0f} KB average")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus; CPU time measured")
    print(f"typical clean pages: {run(clean):.0f} pages/s/core")
    print(f"mixed pages (1 in 5 infected, 1 in 5 a hard clean case naming gambling): "
          f"{run(mixed):.0f} pages/s/core")
    print(f"check_page, {len(PERSONAS)} personas served the same typical page: "
          f"{run_personas(clean):.0f} URLs/s/core")
    print(f"choosing pages to render (dynamic.reason): {run_reason(mixed):.0f} pages/s/core")
    if args.render_pages:
        print(run_render(clean[:args.render_pages]))


if __name__ == "__main__":
    main()
