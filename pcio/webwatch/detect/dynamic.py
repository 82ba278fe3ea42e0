"""Pages whose scripts build their content at run time: which to render, and how a rendered
page adds to the static verdict (plain Python; the browser lives in pcio.webwatch.render).

A footer assembled from shifted character codes, a loop or a packer cannot be decoded
textually: the page is rendered in Chromium, hidden parts are marked after CSS (the
`hidden` attribute plus `data-pcio-hidden="why"`), and the rendered DOM is judged by the
same rules. A finding from a rendered page carries the rendered excerpt and the script that
wrote it; a script navigation is judged like a redirect chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import THRESHOLD, Fetched, Finding, Verdict, chain
from .lexicon import host_of, site_of

# What lets a script write to the document, hide what it writes, or send the visitor away.
_WRITER = re.compile(
    r"document\s*\.\s*write|\.\s*(?:inner|outer)HTML\s*\+?=|insertAdjacentHTML|"
    r"createElement[\s\S]{0,400}?\.\s*(?:append|appendChild|insertBefore|prepend)\s*\(|"
    r"\beval\s*\(|\bFunction\s*\(|\batob\s*\(|fromCharCode|\bunescape\s*\(|p,a,c,k,e|"
    r"location(?:\s*\.\s*href)?\s*=(?!=)|location\s*\.\s*(?:replace|assign)\s*\(|"
    r"window\s*\.\s*open\s*\("
)
_SCRIPT = re.compile(r"<script\b([^>]*)>([\s\S]*?)</script\s*>", re.I)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
_CONDITIONAL = re.compile(r"referrer|userAgent|innerWidth|matchMedia", re.I)
_WORDS = re.compile(r"[\w./:%-]{4,}")
EXCERPT = 400


@dataclass
class Rendered:
    """One page as Chromium ran it for one persona."""
    persona: str
    url: str
    html: str = ""          # the rendered DOM, hidden parts marked
    writes: list = field(default_factory=list)       # {"how", "html", "src"/"inline"}
    navigations: list = field(default_factory=list)  # URLs scripts tried to open
    blocked: list = field(default_factory=list)      # requests refused by the rules
    error: str = ""         # why it was not rendered


def reason(html: str, url: str, own=()) -> str:
    """Why this page's scripts may build content at run time ("" when they cannot): an
    inline script that writes, decodes or navigates, or a script from another site."""
    home = site_of(host_of(url))
    for attrs, body in _SCRIPT.findall(html[:3_000_000]):
        src = _SRC.search(attrs)
        if src:
            site = site_of(host_of(src.group(1))) if "//" in src.group(1) else home
            if site and site != home and site not in own:
                return f"script from another site: {src.group(1)[:200]}"
        elif m := _WRITER.search(body):
            return f"inline script uses {m.group(0)[:40]}"
    return ""


def scripts_key(html: str) -> int:
    """The page's scripts (attributes and inline bodies). Pages of one template share them
    and a self-contained script writes the same on each, so a scan renders each set once."""
    return hash(tuple(_SCRIPT.findall(html[:3_000_000])))


def conditional(html: str) -> bool:
    """Scripts that may look at who is visiting (render as a phone from Google too)."""
    return bool(_CONDITIONAL.search(html))


def judge(static: Verdict, shots: list[Rendered], own=()) -> Verdict:
    """The static verdict with what rendering found added: findings from rendered pages
    (with the script that wrote them) and script navigations judged as redirect chains."""
    from .verdict import _dedupe, judge_html, own_sites

    own = own_sites(own)
    found = []
    for shot in shots:
        if shot.error:
            found.append(Finding("not_rendered", shot.error, shot.persona, 0.0))
            continue
        found.extend(_navigations(shot, own))
        v = judge_html(shot.html, shot.url, shot.persona, own)
        if v.verdict == "infected":
            found.extend(_rendered(f, shot) for f in v.findings if f.weight >= 0.3)
    score = max([static.score] + [f.weight for f in found])
    findings = sorted(_dedupe(static.findings + found), key=lambda f: -f.weight)
    verdict = "infected" if score >= THRESHOLD else static.verdict
    return Verdict(verdict, round(score, 4), findings)


def _navigations(shot: Rendered, own: frozenset) -> list[Finding]:
    if not shot.navigations:
        return []
    hops = [(shot.url, 200), *((u, "สคริปต์พาไป / script navigation") for u in
                                shot.navigations)]
    f = Fetched(shot.persona, shot.url, shot.navigations[-1], 200, {}, "",
                list(shot.navigations), hops)
    script = _scripts_for(shot, _navigation_words(shot))
    return [Finding("js_redirect", f"สคริปต์พาผู้ชมไป / navigated by a script when run: "
                    f"{x.evidence}\n{script}", x.persona, x.weight)
            for x in chain.judge([f], own) if x.kind == "http_redirect_offsite"]


def _navigation_words(shot: Rendered) -> set:
    return {w for u in shot.navigations for w in _WORDS.findall(u)} | {"location", "open"}


def _rendered(f: Finding, shot: Rendered) -> Finding:
    words = set(_WORDS.findall(f.evidence))
    evidence = (f"หลังรันสคริปต์ใน Chromium / rendered: {f.evidence}\n"
                f"{_scripts_for(shot, words)}")
    return Finding(f.kind, evidence, f.persona, f.weight)


def _scripts_for(shot: Rendered, words: set) -> str:
    """The script whose writes share most words with the evidence; without a write, what
    hid it was CSS (marked data-pcio-hidden) or a script that was not recorded."""
    best = max(shot.writes, key=lambda w: len(words & set(_WORDS.findall(w["html"]))),
               default=None)
    if best is None:
        inline = _inline(shot.html)
        if inline:
            return f"สคริปต์ในหน้า / inline script: {inline}"
        return "ไม่มีสคริปต์เขียนส่วนนี้: ซ่อนด้วย CSS / no script wrote it: hidden after CSS"
    return f"เขียนโดย / written by ({best['how']}): {_script_name(best, shot)}"


def _script_name(write: dict, shot: Rendered) -> str:
    src = write.get("src") or ""
    if write.get("inline"):
        return f"inline script: {excerpt(write['inline'])}"
    if src and src.split("#")[0] != shot.url.split("#")[0]:
        return f"script {src}"
    return f"inline script: {_inline(shot.html) or '(not found)'}"


def _inline(html: str) -> str:
    """The first inline script that can write, decode or navigate: an excerpt."""
    for attrs, body in _SCRIPT.findall(html):
        if not _SRC.search(attrs) and _WRITER.search(body):
            return excerpt(body)
    return ""


def excerpt(script: str) -> str:
    """The start of a script and, when it is long, the part that writes or decodes (after
    a long array of character codes, say)."""
    script = " ".join(script.split())
    m = _WRITER.search(script)
    if len(script) <= EXCERPT or m is None or m.start() < EXCERPT // 2:
        return script[:EXCERPT]
    return script[:EXCERPT // 3] + " … " + script[max(0, m.start() - 60):m.start() + 200]
