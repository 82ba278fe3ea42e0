"""Turn rule findings and the model's probability into a Verdict; compare personas."""

from __future__ import annotations

from . import THRESHOLD, Fetched, Finding, Verdict, doorway_path, model
from .analyse import STRONG, Page, analyse, judge_refresh, signal
from .lexicon import betting_url, host_of, site_of, trusted


def judge_html(html: str, url: str = "", persona: str = "desktop") -> Verdict:
    return _verdict(_page(html, url), persona)


def _page(html: str, url: str) -> Page:
    page = analyse(html or "", url)
    if url and doorway_path(url):
        sig = signal(page.title + " " + page.text[:5000])
        if sig.spammy or (sig.gamble and not sig.context):
            page.add("doorway", f"{url} — {page.title[:200]}", 0.9 if sig.spammy else 0.7)
    return page


def _verdict(page: Page, persona: str) -> Verdict:
    findings = [Finding(k, e, persona, w) for k, e, w in page.findings]
    strong = max((f.weight for f in findings), default=0.0)
    p = model.probability(page)
    score = strong if strong >= STRONG else (p if p is not None else strong)
    if not findings and not page.features.get("promoted_windows"):
        # words alone do not make spam: without promotion or a rule the model cannot convict
        score = min(score, THRESHOLD - 0.01)
    if score >= THRESHOLD and not any(f.weight >= THRESHOLD for f in findings):
        evidence = " … ".join(s for s in page.signal if s.strip())[:600] or page.title
        findings.append(Finding("keyword_spam", evidence, persona, round(score, 3)))
    findings.sort(key=lambda f: -f.weight)
    return Verdict("infected" if score >= THRESHOLD else "clean", round(score, 4), findings)


def judge_fetches(fetches: list[Fetched]) -> Verdict:
    usable = [f for f in fetches if f.status and f.text]
    if not usable:
        why = "; ".join(f"{f.persona}: HTTP {f.status or '—'}" for f in fetches) or "no fetch"
        return Verdict("clean", 0.0, [Finding("could_not_check", why, "", 0.0)])
    base = next((f for f in usable if f.persona == "desktop"), usable[0])
    # personas usually get the very same body: analyse each distinct body once
    seen: dict = {}
    pages = {}
    for f in usable:
        key = (f.text, f.final_url or f.url)
        if key not in seen:
            seen[key] = _page(*key)
        pages[f.persona] = (f, seen[key])
    verdicts = {name: _verdict(pg, name) for name, (_, pg) in pages.items()}
    findings = []
    for name, v in verdicts.items():
        if name == base.persona or v.verdict == "infected":
            findings.extend(f for f in v.findings if f.weight >= 0.3 or name == base.persona)
    for f in usable:
        findings.extend(_redirect(f))
        findings.extend(_refresh_header(f))
    base_page = pages[base.persona][1]
    for name, (f, pg) in pages.items():
        if name != base.persona:
            findings.extend(_cloaking(base, base_page, verdicts[base.persona], f, pg,
                                      verdicts[name]))
    findings = _dedupe(findings)
    score = max([v.score for v in verdicts.values()] + [f.weight for f in findings])
    findings.sort(key=lambda x: -x.weight)
    return Verdict("infected" if score >= THRESHOLD else "clean", round(score, 4), findings)


def _redirect(f: Fetched) -> list[Finding]:
    start, end = host_of(f.url), host_of(f.final_url or f.url)
    if not end or not start or site_of(start) == site_of(end):
        return []
    chain = " → ".join([f.url, *f.redirects, f.final_url]) if f.redirects else \
        f"{f.url} → {f.final_url}"
    if betting_url(f.final_url) or any(betting_url(u) for u in f.redirects):
        return [Finding("http_redirect_offsite", chain, f.persona, 0.95)]
    if trusted(end):
        return []
    return [Finding("http_redirect_offsite", chain, f.persona, 0.6)]


def _refresh_header(f: Fetched) -> list[Finding]:
    """A "Refresh: 0; url=..." response header acts like a meta refresh."""
    value = (f.headers or {}).get("refresh", "")
    if not value:
        return []
    page = Page(f.final_url or f.url, "")
    judge_refresh(page, f"Refresh: {value}", value)
    return [Finding(k, e, f.persona, w) for k, e, w in page.findings]


def _cloaking(base: Fetched, bpage: Page, bv: Verdict, f: Fetched, page: Page,
              v: Verdict) -> list[Finding]:
    """The persona saw gambling the desktop browser did not, or was sent elsewhere."""
    out = []
    bsite, site = site_of(host_of(base.final_url or base.url)), site_of(host_of(f.final_url
                                                                              or f.url))
    if bsite != site and not trusted(host_of(f.final_url or f.url)):
        out.append(Finding("cloaking", f"desktop → {base.final_url}; {f.persona} → "
                                       f"{f.final_url}", f.persona, 0.9))
    if v.verdict != "infected" or bv.verdict == "infected":
        return out
    parts = []
    if page.title != bpage.title:
        parts.append(f"title for desktop: {bpage.title[:150]!r}; for {f.persona}: "
                     f"{page.title[:150]!r}")
    new_links = sorted(page.links - bpage.links)
    if new_links:
        parts.append(f"links only {f.persona} sees: {', '.join(new_links[:8])}")
    extra = _extra_text(bpage.text, page.text)
    if extra:
        parts.append(f"text only {f.persona} sees: {extra}")
    top = v.findings[0] if v.findings else None
    if top:
        parts.append(f"{top.kind}: {top.evidence[:300]}")
    out.append(Finding("cloaking", "\n".join(parts), f.persona, max(0.9, v.score)))
    return out


def _extra_text(base: str, other: str) -> str:
    known = set(base.split())
    extra = [w for w in other.split() if w not in known]
    return " ".join(extra)[:300]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.kind, f.evidence[:200])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
