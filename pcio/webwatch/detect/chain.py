"""Judge a redirect by its chain, not only by the page it ends on.

In Thailand gambling domains are blocked by ISPs under court orders, so from a government
network the target of an infected page's redirect is often unreachable: the chain itself
(each hop's host, registrable domain, top-level domain and the words in its URL) is the
evidence. A hop is at home on the agency's own site or registered websites, known on a
government, education or service domain (known_domains.csv), and otherwise it leaves them.
Sending only some personas away (phones, visitors from Google) is cloaking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import Fetched, Finding
from .domains import internal, registrable, suffix
from .lexicon import host_of, site_of, trusted, url_words

EVERYONE = 0.6      # everybody is sent to an unknown site: infected, the weakest way
CLOAKED = 0.9       # only some personas are sent there
BETTING = 0.95      # the URL names gambling


@dataclass
class Trip:
    """Where one persona was sent: every hop, and the first that left home and known sites."""
    persona: str
    chain: str
    away: str = ""                  # first hop on an unknown site ("" = stayed)
    reasons: list = field(default_factory=list)
    words: list = field(default_factory=list)

    @property
    def destination(self) -> str:
        return registrable(host_of(self.away)) if self.away else "home"


def hops(f: Fetched) -> list[tuple[str, object]]:
    """(url, status or error) of every request, the failed one included; a fetch made
    without a record of its hops has them rebuilt from its redirects."""
    if f.hops:
        return f.hops
    urls = [f.url, *f.redirects]
    return [(u, "—") for u in urls[:-1]] + [(urls[-1], f.error or f.status or "—")]


def answered(f: Fetched) -> bool:
    """The first request got an answer: the chain says where this persona was sent."""
    return not f.error or bool(f.redirects)


def chain_text(f: Fetched) -> str:
    return " → ".join(f"{u} [{_status(s)}]" for u, s in hops(f))


def failed(status) -> bool:
    return status == 0 or (isinstance(status, str) and status != "—")


def _status(status) -> str:
    if isinstance(status, int):
        return str(status) if status else "ไม่สำเร็จ"
    return str(status)[:160]


def trip(f: Fetched, own: frozenset) -> Trip:
    home, out = site_of(host_of(f.url)), Trip(f.persona, chain_text(f))
    for url, status in hops(f)[1:]:
        host = host_of(url)
        if not host or internal(host) or site_of(host) in (home, *own) or trusted(host):
            continue
        words = url_words(url)
        out.away = out.away or url
        out.words = sorted({*out.words, *words})
        out.reasons.extend(reasons(host, words, failed(status)))
    return out


def reasons(host: str, words: list, failed: bool) -> list[str]:
    """Why a hop's target is judged, in the words an officer reads."""
    site, tld = registrable(host), suffix(host)
    out = [f"{host} (โดเมน {site}, TLD .{tld or '-'}) ไม่ใช่โดเมนราชการ เว็บไซต์ของหน่วยงาน "
           "หรือบริการที่รู้จัก / leaves government and known domains"]
    if words:
        out.append(f"  คำพนันใน URL / gambling words in the URL: {', '.join(words)}")
    if not tld:
        out.append("  ส่งไปยังที่อยู่ IP หรือชื่อที่ไม่มีโดเมนจริง / sent to a bare address")
    if failed:
        out.append("  เปิดปลายทางไม่ได้ (เว็บพนันมักถูกปิดกั้นตามคำสั่งศาล) / the target could "
                   "not be opened, as blocked gambling sites cannot")
    return out


def judge(fetches: list[Fetched], own: frozenset = frozenset()) -> list[Finding]:
    """Findings for the personas sent away from home and known sites; personas sent along
    the very same chain share one finding."""
    trips = [trip(f, own) for f in fetches if answered(f)]
    cloaked = len({t.destination for t in trips}) > 1
    same: dict = {}
    for t in trips:
        if t.away:
            same.setdefault(t.chain, []).append(t)
    return [x for group in same.values() for x in _findings(group, trips, cloaked)]


def _findings(group: list[Trip], trips: list[Trip], cloaked: bool) -> list[Finding]:
    t, who = group[0], ", ".join(x.persona for x in group)
    why, weight = "\n".join(t.reasons), BETTING if t.words else EVERYONE
    out = [Finding("http_redirect_offsite", f"{t.chain}\n{why}", who, weight)]
    if cloaked:
        out.append(Finding("cloaking", f"{_cloaking(t, who, trips)}\n{why}", who,
                           max(CLOAKED, weight)))
    return out


def _cloaking(t: Trip, who: str, trips: list[Trip]) -> str:
    others = [o for o in trips if o.destination != t.destination][:3]
    lines = [f"{who} → {t.chain}", *(f"{o.persona} → {o.chain}" for o in others)]
    return "ส่งผู้ชมแต่ละแบบไปคนละที่ / personas are sent to different places:\n" + \
        "\n".join(lines)
