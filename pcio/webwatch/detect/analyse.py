"""Rules over one HTML document: each attack form is one small function.

A document is parsed once (selectolax/lexbor). Each rule appends Findings with an evidence
excerpt and a weight; weights >= STRONG prove an infection on their own, lower weights
only add up with the statistical model. Page.signal collects the normalised text that
carries gambling meaning (title, meta, hidden parts, link and image texts, decoded scripts,
the sentences around gambling words) for the model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin as _urljoin

from selectolax.lexbor import LexborHTMLParser

from . import js
from .lexicon import (
    BRAND,
    CONTEXT,
    GAMBLE,
    PROMO,
    WARNING,
    betting_url,
    host_of,
    site_of,
    trusted,
    unreassured,
)
from .normalize import normalize, normalize_long

STRONG = 0.85
EVIDENCE = 600

_HIDE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|"
    r"(?:^|[;\s])(?:left|top|right|margin-left|margin-top)\s*:\s*-\s*\d{3,}|"
    r"text-indent\s*:\s*-\s*\d{3,}|font-size\s*:\s*(?:0(?:\.\d+)?|1px)(?:px|pt|em|rem|%)?\s*(?:;|$|!)|"
    r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)|clip\s*:\s*rect\(\s*0|transform\s*:\s*scale\(\s*0\s*\)|"
    r"(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*[01](?:px)?\s*(?:;|$|!)",
    re.I,
)
_OVERFLOW_HIDDEN = re.compile(r"overflow\s*:\s*hidden", re.I)
_SIZE_ZERO = re.compile(r"(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*[01](?:px)?\s*(?:;|$|!)", re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE = re.compile(r"([.#])([\w-]+)")
_REFRESH = re.compile(r"^\s*\d*\s*[;,]?\s*(?:url\s*=\s*)?['\"]?([^'\"]+)", re.I)
_ANY_GAMBLE = re.compile(GAMBLE.pattern + "|" + BRAND.pattern)
_COUNTER = re.compile(CONTEXT.pattern + "|" + WARNING.pattern)  # what answers a gambling word
_SKIP = ["script", "style", "noscript", "template", "pre", "code", "samp", "kbd", "textarea"]


@dataclass
class Page:
    url: str
    html: str
    findings: list = field(default_factory=list)
    signal: list = field(default_factory=list)     # normalised text snippets for the model
    features: dict = field(default_factory=dict)
    title: str = ""
    text: str = ""                                  # normalised visible text
    links: set = field(default_factory=set)         # outbound hosts
    own: frozenset = frozenset()                    # the agency's other sites: not offsite
    home: str = ""                                  # this page's registrable domain

    def __post_init__(self):
        self.home = site_of(host_of(self.url)) if self.url else ""

    def add(self, kind: str, evidence: str, weight: float) -> None:
        self.findings.append((kind, evidence[:EVIDENCE], weight))
        self.features[kind] = max(self.features.get(kind, 0.0), weight)


@dataclass
class Signal:
    gamble: int
    promo: int
    brand: int
    context: int

    @property
    def spammy(self) -> bool:
        if self.context and not (self.promo >= 2 and self.gamble + self.brand >= 3):
            return False
        return bool(self.brand or (self.gamble and self.promo))


def signal(text: str) -> Signal:
    return Signal(len(set(GAMBLE.findall(text))), len(PROMO.findall(text)),
                  len(set(BRAND.findall(text))), len(CONTEXT.findall(text)))


_MAX_UNCLOSED = 10000  # HTML tree building is quadratic in nesting depth
_TAG = re.compile(r"<[^>]*>")
_HREF = re.compile(r"""(?:href|src)\s*=\s*["']?([^"'\s>]+)""", re.I)


def analyse(html: str, url: str = "", own: frozenset = frozenset()) -> Page:
    page = Page(url, html, own=own)
    unclosed = html.count("<") - 2 * html.count("</")
    if unclosed > _MAX_UNCLOSED:
        return _flat(page, unclosed)
    tree = LexborHTMLParser(html)
    hidden_classes = _hidden_selectors(tree)
    _meta(page, tree)
    _hidden(page, tree, hidden_classes)
    _noscript(page, tree)
    _links(page, tree)
    _embeds(page, tree)
    _images(page, tree)
    _scripts(page, tree)
    _text(page, tree)
    return page


def _flat(page: Page, unclosed: int) -> Page:
    """A document nested too deep to parse safely: say so, and still read its text and
    links without building a tree, so nesting cannot be used to hide spam."""
    page.add("could_not_check", f"{unclosed} unclosed elements: checked as flat text", 0.0)
    bets = [u for u in _HREF.findall(page.html[:2_000_000]) if betting_url(_join(page.url, u))]
    if bets:
        page.add("betting_link", "\n".join(bets[:5]), 0.9)
    _judge_text(page, _TAG.sub(" ", page.html[:2_000_000]))
    return page


def _join(base: str, href: str) -> str:
    try:
        return _urljoin(base, href)
    except ValueError:          # e.g. a broken IPv6 literal: not a place anyone can be sent
        return ""


def _absolute(page: Page, href: str) -> str:
    """urljoin, skipped for the common relative link (it cannot leave the site)."""
    if "//" not in href[:8] and not href[:12].lower().startswith(("javascript:", "data:")):
        return page.url.split("#")[0] if href.startswith("#") else "/" + href.lstrip("/")
    return _join(page.url, href)


def _offsite(page: Page, target: str) -> bool:
    if target.startswith("/") and not target.startswith("//"):
        return False
    host = host_of(target)
    if not host:
        return False
    site = site_of(host)
    return site != (page.home or site) and site not in page.own


def _hidden_selectors(tree) -> tuple[set, set]:
    classes, ids = set(), set()
    for style in tree.css("style"):
        css = style.text()
        for selectors, body in _CSS_RULE.findall(css):
            if not _hides(body):
                continue
            for sel in selectors.split(","):
                # the element a selector hides is named by its last compound: ".ft a.x"
                last = re.split(r"[\s>+~]+", sel.strip())[-1]
                for kind, name in _SIMPLE.findall(last.split(":")[0]):
                    (classes if kind == "." else ids).add(name)
    return classes, ids


def _hides(style: str) -> bool:
    if not _HIDE.search(style):
        return False
    # zero height/width hides only together with overflow:hidden
    return bool(_OVERFLOW_HIDDEN.search(style)) or bool(_HIDE.search(_SIZE_ZERO.sub(" ", style)))


def _meta(page: Page, tree) -> None:
    parts = []
    title = tree.css_first("title")
    if title:
        page.title = normalize(title.text())
        parts.append(("title", title.html or "", page.title))
    for m in tree.css("meta"):
        name = (m.attributes.get("name") or m.attributes.get("property")
                or m.attributes.get("itemprop") or "").lower()
        content = m.attributes.get("content") or ""
        if name in ("description", "keywords", "name", "headline", "abstract", "subject") \
                or name.startswith(("og:", "twitter:", "dc.")):
            if content.startswith(("http://", "https://", "//")) and betting_url(content):
                page.add("meta_spam", m.html or content, 0.9)
            parts.append((name, m.html or "", normalize(content)))
        if (m.attributes.get("http-equiv") or "").lower() == "refresh":
            judge_refresh(page, m.html or "", content)
    for s in tree.css('script[type="application/ld+json"]'):
        parts.append(("json-ld", s.html or "", normalize(_jsonld_text(s.text()))))
    for rel in tree.css("link[rel][href]"):
        _rel_link(page, rel)
    joined = " ".join(p[2] for p in parts)
    page.signal.append(joined)
    whole = signal(joined)
    for _, raw, text in parts:
        sig = signal(text)
        if sig.spammy or (sig.gamble >= 2 and not whole.context):
            page.add("meta_spam", raw, 0.9 if sig.brand or sig.promo else STRONG)
            break


def _jsonld_text(raw: str) -> str:
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    out = []

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            out.append(node)

    walk(data)
    return " ".join(out)


def judge_refresh(page: Page, raw: str, content: str) -> None:
    m = _REFRESH.match(content)
    if not m or not m.group(1).strip():
        return
    target = _join(page.url, m.group(1).strip())
    if betting_url(target):
        page.add("meta_refresh", f"{raw} → {target}", 0.95)
    elif _offsite(page, target) and not trusted(host_of(target)):
        # an agency page that sends every visitor to an unknown site at once
        page.add("meta_refresh", f"{raw} → {target}", STRONG)


def _rel_link(page: Page, node) -> None:
    rel = (node.attributes.get("rel") or "").lower()
    href = _join(page.url, node.attributes.get("href") or "")
    if not any(r in rel for r in ("canonical", "amphtml", "alternate", "shortlink")):
        return
    if betting_url(href):
        page.add("canonical_spam", node.html or href, 0.95)
    elif _offsite(page, href) and not trusted(host_of(href)) and "canonical" in rel:
        page.add("canonical_offsite", node.html or href, 0.3)


_MAX_HIDDEN = 200   # hidden elements judged per page: nested ones would cost n² text reads


def _hidden(page: Page, tree, selectors: tuple[set, set]) -> None:
    classes, ids = selectors
    seen = judged = 0
    for node in tree.css("[style], [class], [id], [hidden]"):
        if not _node_hidden(node, classes, ids):
            continue
        judged += 1
        if judged > _MAX_HIDDEN:
            return
        if _judge_hidden(page, node, node.html or ""):
            seen += 1
            if seen >= 3:
                return


# Utility classes of common CSS frameworks that hide an element from sight.
_HIDING_CLASSES = {"d-none", "hidden", "hide", "invisible", "sr-only", "visually-hidden",
                   "screen-reader-text", "display-none", "is-hidden", "u-hidden", "uk-hidden"}


def _node_hidden(node, classes: set, ids: set) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    if attrs.get("class") and _HIDING_CLASSES.intersection(attrs["class"].split()):
        return True
    style = attrs.get("style")
    if style and _hides(style):
        return True
    if classes and attrs.get("class") and classes.intersection(attrs["class"].split()):
        return True
    return bool(ids and attrs.get("id") in ids)


def _judge_hidden(page: Page, node, raw: str) -> bool:
    text = unreassured(normalize(node.text(separator=" ")))
    links = [a.attributes.get("href") or "" for a in node.css("a[href]")]
    bets = [h for h in links if betting_url(_join(page.url, h))]
    sig = signal(text)
    if not (bets or sig.brand or sig.gamble):
        return False
    if not bets and _warns(page, text, links):
        return False    # an anti-gambling article in a tab hidden until clicked
    page.signal.append(text)
    if bets or sig.spammy:
        page.add("hidden_link" if links else "hidden_text", raw, 0.95)
    elif not sig.context:
        page.add("hidden_link" if links else "hidden_text", raw, STRONG)
    else:
        return False
    return True


def _warns(page: Page, text: str, links: list) -> bool:
    """Hidden text that warns against gambling (several warning words) and promotes it
    nowhere: every gambling word has a warning or report near it, and no link leaves for a
    site that is neither the agency's nor known."""
    if len(set(WARNING.findall(text))) < 2:
        return False
    if any(_offsite(page, u) and not trusted(host_of(u))
           for u in (_join(page.url, h) for h in links)):
        return False
    return not _promoted(text, list(_ANY_GAMBLE.finditer(text)), _COUNTER)


def _noscript(page: Page, tree) -> None:
    for ns in tree.css("noscript"):
        for a in ns.css("a[href]"):
            href = _join(page.url, a.attributes.get("href") or "")
            text = normalize(a.text())
            sig = signal(text)
            if betting_url(href) or (_offsite(page, href) and (sig.gamble or sig.brand)):
                page.signal.append(text)
                page.add("hidden_link", ns.html or "", 0.95)
                return


def _links(page: Page, tree) -> None:
    bets, weak, named = [], [], 0
    for a in tree.css("a[href], area[href]"):
        href = _absolute(page, a.attributes.get("href") or "")
        if not _offsite(page, href):
            continue
        host = host_of(href)
        page.links.add(host)
        text = normalize(a.text(separator=" ") + " " + (a.attributes.get("title") or "")
                         + " " + (a.attributes.get("alt") or ""))
        sig = signal(text)
        if betting_url(href):
            named += 1
        elif trusted(host) or not sig.spammy and (not sig.gamble or sig.context):
            continue
        elif not sig.spammy:
            weak.append(a.html or href)          # a gambling word only: news, or spam?
            page.signal.append(text)
            continue
        bets.append(a.html or href)
        page.signal.append(text)
    page.features["betting_links"] = len(bets)
    page.features["gambling_anchor_links"] = len(weak)
    if len(weak) >= 3:
        bets.extend(weak)
    if bets:
        # a host named after gambling proves it; a gambling anchor text on an unknown
        # host needs company (more links, or the model's other evidence)
        page.add("betting_link", "\n".join(bets[:5]), 0.9 if named or len(bets) >= 2 else 0.8)


def _embeds(page: Page, tree) -> None:
    for node in tree.css("iframe[src], embed[src], object[data], frame[src]"):
        src = _join(page.url, node.attributes.get("src") or node.attributes.get("data") or "")
        host = host_of(src)
        if betting_url(src):
            page.add("iframe_spam", node.html or src, 0.95)
        elif _offsite(page, src) and not trusted(host):
            tiny = _hides(node.attributes.get("style") or "") or (
                (node.attributes.get("width") or "x").strip("px") in ("0", "1")
                or (node.attributes.get("height") or "x").strip("px") in ("0", "1"))
            page.add("iframe_offsite", node.html or src, STRONG if tiny else 0.2)


def _images(page: Page, tree) -> None:
    for img in tree.css("img"):
        alt = normalize((img.attributes.get("alt") or "") + " " + (img.attributes.get("title")
                                                                    or ""))
        src = _join(page.url, img.attributes.get("src") or "")
        parent = img.parent
        href = ""
        while parent is not None and parent.tag not in ("a", "body"):
            parent = parent.parent
        if parent is not None and parent.tag == "a":
            href = _join(page.url, parent.attributes.get("href") or "")
        sig = signal(alt)
        raw = (parent.html if href else img.html) or src
        if betting_url(src) or (href and betting_url(href)) or sig.spammy:
            page.signal.append(alt)
            page.add("image_banner", raw, 0.9)
        elif sig.gamble and not sig.context:
            page.signal.append(alt)
            page.add("image_banner", raw, 0.5 if href and _offsite(page, href) else 0.35)


def _scripts(page: Page, tree) -> None:
    for s in tree.css("script"):
        src = s.attributes.get("src")
        if src:
            full = _join(page.url, src)
            if betting_url(full):
                page.add("script_spam", s.html or full, 0.9)
            continue
        body = s.text()
        if not body.strip() or (s.attributes.get("type") or "").endswith("json"):
            continue
        found = js.analyse(body)
        if found:
            _judge_script(page, found)


def _judge_script(page: Page, script: js.Script) -> None:
    offsite = [u for u in script.targets if _offsite(page, _join(page.url, u))
               and not trusted(host_of(_join(page.url, u)))]
    bets = [u for u in script.targets if betting_url(_join(page.url, u))]
    text = normalize(script.decoded)
    sig = signal(text)
    # evidence is what the script really does: the decoded text when it was obfuscated
    evidence = "decoded: " + script.decoded.strip() if script.obfuscated else script.source
    conditional = script.from_google or script.on_phone
    if script.redirects and (bets or offsite and conditional):
        page.add("js_redirect", evidence, 0.95 if bets else 0.9)
        page.signal.append(text[:400])
    elif bets or sig.spammy or (offsite and script.obfuscated):
        page.add("js_inject", evidence, 0.9 if bets or sig.spammy else 0.6)
        page.signal.append(text[:400])


def _text(page: Page, tree) -> None:
    body = tree.body
    if body is None:
        return
    tree.strip_tags(_SKIP)
    _judge_text(page, body.text(separator=" "))


def _judge_text(page: Page, raw: str) -> None:
    page.text, maybe = normalize_long(raw)
    hits = list(_ANY_GAMBLE.finditer(page.text)) if maybe else []
    if not hits:
        return
    page.signal.extend(_windows(page.text, hits))
    promoted = _promoted(unreassured(page.text), hits, _COUNTER)
    page.features["promoted_windows"] = len(promoted)
    if len(promoted) >= 2:
        page.add("keyword_spam", " … ".join(promoted[:3]), 0.9 if len(promoted) >= 4 else 0.6)


def _promoted(text: str, hits: list, counter: re.Pattern = CONTEXT) -> list[str]:
    """Excerpts where a gambling word is promoted (sign up, deposit, bonus) and not reported
    on (arrest, campaign, warning: the counter)."""
    out, last = [], -1
    for m in hits:
        if m.start() < last:
            continue
        near = text[max(0, m.start() - 60):m.end() + 60]
        wide = text[max(0, m.start() - 100):m.end() + 100]
        if (PROMO.search(near) or BRAND.search(near)) and not counter.search(wide):
            out.append(near)
            last = m.end() + 60
            if len(out) >= 8:
                break
    return out


_WINDOW = 120


def _windows(text: str, hits: list) -> list[str]:
    """Sentences around gambling words: what the words are doing there."""
    out, last = [], -1
    for m in hits:
        if m.start() < last:
            continue
        start, last = max(0, m.start() - _WINDOW), m.end() + _WINDOW
        out.append(text[start:last])
        if len(out) >= 12:
            break
    return out
