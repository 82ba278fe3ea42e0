"""Turn rule findings and the model's probability into a Verdict; compare personas."""

from __future__ import annotations

from . import THRESHOLD, Fetched, Finding, Verdict, chain, doorway_path, model, saw
from .analyse import STRONG, Page, analyse, judge_refresh, signal
from .lexicon import host_of, site_of


def judge_html(html: str, url: str = "", persona: str = "desktop", own=()) -> Verdict:
    return _verdict(_page(html, url, own_sites(own)), persona)


def _page(html: str, url: str, own: frozenset = frozenset()) -> Page:
    page = analyse(html or "", url, own)
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


def judge_fetches(fetches: list[Fetched], own=()) -> Verdict:
    own = own_sites(own)
    findings = chain.judge(fetches, own) + [x for f in fetches for x in _refresh_header(f)]
    score = max((f.weight for f in findings), default=0.0)
    seen = [f for f in fetches if saw(f)]
    if seen:
        v = _judge_seen(seen, own)
        findings, score = v.findings + findings, max(score, v.score)
    missed = [f for f in fetches if not saw(f)]
    return _decide(_dedupe(findings), round(score, 4), missed, bool(fetches))


def _decide(findings: list, score: float, missed: list, fetched: bool) -> Verdict:
    findings.sort(key=lambda x: -x.weight)
    if score >= THRESHOLD:
        return Verdict("infected", score, findings)
    if missed or not fetched:
        # a persona whose page was never seen may be the one the spam is shown to
        return Verdict("could_not_check", score, findings + _not_seen(missed))
    return Verdict("clean", score, findings)


def own_sites(own) -> frozenset:
    """Registrable domains of the agency's own websites, given as hosts or URLs."""
    return frozenset(site_of(host_of(h) if "//" in h else h.lower()) for h in own if h)


def _not_seen(missed: list[Fetched]) -> list[Finding]:
    """One finding for every persona that got no page: who, why, and the hops it followed."""
    if not missed:
        return [Finding("could_not_check", "ไม่ได้ดึงหน้าเว็บ / nothing was fetched")]
    groups: dict = {}
    for f in missed:
        why = f.error or f"HTTP {f.status}: เซิร์ฟเวอร์ขัดข้อง ไม่ได้เห็นเนื้อหา / server error"
        groups.setdefault((why, chain.chain_text(f)), []).append(f.persona)
    lines = [f"{', '.join(who)}: {why}\n  {hops}" for (why, hops), who in groups.items()]
    return [Finding("could_not_check", "\n".join(lines), ", ".join(f.persona for f in missed))]


def _judge_seen(usable: list[Fetched], own: frozenset) -> Verdict:
    """The pages that were seen, analysed once per distinct body, compared by persona."""
    base = next((f for f in usable if f.persona == "desktop"), usable[0])
    # personas usually get the very same body: analyse each distinct body once
    seen: dict = {}
    pages = {}
    for f in usable:
        key = (f.text, f.final_url or f.url)
        if key not in seen:
            seen[key] = _page(*key, own)
        pages[f.persona] = (f, seen[key])
    verdicts = {name: _verdict(pg, name) for name, (_, pg) in pages.items()}
    findings = []
    for name, v in verdicts.items():
        if name == base.persona or v.verdict == "infected":
            findings.extend(f for f in v.findings if f.weight >= 0.3 or name == base.persona)
    base_page = pages[base.persona][1]
    for name, (f, pg) in pages.items():
        if name != base.persona:
            findings.extend(_cloaking(base_page, verdicts[base.persona], f, pg,
                                      verdicts[name]))
    score = max([v.score for v in verdicts.values()] + [f.weight for f in findings])
    return Verdict("infected" if score >= THRESHOLD else "clean", score, findings)


def _refresh_header(f: Fetched) -> list[Finding]:
    """A "Refresh: 0; url=..." response header acts like a meta refresh."""
    value = (f.headers or {}).get("refresh", "")
    if not value:
        return []
    page = Page(f.final_url or f.url, "")
    judge_refresh(page, f"Refresh: {value}", value)
    return [Finding(k, e, f.persona, w) for k, e, w in page.findings]


def _cloaking(bpage: Page, bv: Verdict, f: Fetched, page: Page, v: Verdict) -> list[Finding]:
    """The persona saw gambling the desktop browser did not (where each was sent is
    compared by chain.judge, whether or not the target could be fetched)."""
    if v.verdict != "infected" or bv.verdict == "infected":
        return []
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
    return [Finding("cloaking", "\n".join(parts), f.persona, max(0.9, v.score))]


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
