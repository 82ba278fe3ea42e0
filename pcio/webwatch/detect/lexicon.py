"""Gambling vocabulary, promotion vocabulary and the contexts that make them harmless.

Every pattern runs on normalize()d text. Words alone do not make spam: a page may name
gambling (a campaign against it, police news, lottery results) but only spam *promotes*
it, so the detector counts gambling words (GAMBLE), promotion (PROMO), betting brands
(BRAND) and reporting/warning context (CONTEXT) separately; WARNING is the stricter list an
anti-gambling article is made of, and REASSURE what spam says that only looks like one.
Which hosts an agency may use is in domains.py and its data file.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, unquote_plus, urlsplit

from . import domains

GAMBLE = re.compile(
    r"สล็อต|บาคาร่า|คาสิโน|แทงบอล|พนัน|เว็บบอล|บอลสเต็ป|หวยออนไลน์|แทงหวย|หวยลาว|หวยฮานอย|"
    r"ยิงปลา|รูเล็ต|ไฮโล|ป๊อกเด้ง|เสือมังกร|น้ำเต้าปูปลา|สปินฟรี|แจ็คพอต|เครดิตฟรี|แจกเครดิต|"
    r"casino|cas[il]no|baccarat|roulette|sportsbook|poker|gambl\w*|betting|jackpot|"
    r"slot\s?(?:online|gacor|game|gaming|machine|pg|xo|joker|demo|88)|(?:pg|joker|online|judi)"
    r"\s?slots?|slots?\s?(?:เว็บตรง|ออนไลน์)|slot\s?gacor|judi|togel|gacor|maxwin|free\s?spins?"
)
PROMO = re.compile(
    r"สมัคร|ฝากถอน|ฝาก|ถอน|โบนัส|เครดิตฟรี|แจกเครดิต|ทดลองเล่น|เว็บตรง|ไม่ผ่านเอเย่นต์|"
    r"แตกง่าย|แตกหนัก|ยูสใหม่|ไม่มีขั้นต่ำ|ขั้นต่ำ\s?1\s?บาท|ระบบออโต้|ออโต้|auto|24\s?ชั่วโมง|"
    r"โปรโมชั่น|ค่าคอม|คืนยอดเสีย|แจกจริง|จ่ายจริง|รับทรัพย์|เล่นฟรี|ทางเข้า|ลิงค์รับ|บาทละ|"
    r"อัตราจ่าย|จ่ายสูง|ค่าน้ำ|แทงขั้นต่ำ|เล่นได้ทุกค่าย|ทุกค่าย|"
    r"register|sign\s?up|bonus|free\s?credit|deposit|withdraw|daftar|login\s?(?:slot|ufa)|"
    r"promo(?:tion)?|100%|vip|rtp"
)
BRAND = re.compile(
    r"ufa\s?bet|ufa\d{2,}|ยูฟ่า|ufa(?=\s|$)|sbobet|betflik|pgslot|pg\s?soft|joker\s?(?:gaming|123)|"
    r"slotxo|superslot|lsm99|ambbet|188bet|w88|fun88|dafabet|sa\s?gaming|sexy\s?baccarat|"
    r"jili|pragmatic\s?play|betflix|lucabet|nagagames|allbet|ole777|m98|gclub|จีคลับ|"
    r"เว็บสล็อต|สล็อตเว็บตรง|สล็อตออนไลน์|บาคาร่าออนไลน์|คาสิโนออนไลน์|แทงบอลออนไลน์"
)
CONTEXT = re.compile(
    r"จับกุม|ถูกจับ|เข้าจับ|บุกจับ|จับตัว|ต่อต้าน(?!การทุจริต|ทุจริต|คอร์รัปชัน)|รณรงค์|ผิดกฎหมาย|"
    r"ความผิด|ภัยพนัน|ภัยการพนัน|ภัยจาก|เตือนภัย|ภัยไซเบอร์|ภัยออนไลน์|พิษภัย|อันตราย|เตือน|"
    r"ปราบปราม|ดำเนินคดี|ผู้ต้องหา|ตำรวจ|ตรวจยึด|ของกลาง|ยึดทรัพย์|แจ้งเบาะแส|หลีกเลี่ยง|บำบัด|"
    r"เลิกเล่น|ห่างไกล|หลงเชื่อ|หลอกลวง|มิจฉาชีพ|ช่องโหว่|แฮก|โจมตี|ถูกฝัง|มัลแวร์|สลากกินแบ่ง|"
    r"กองสลาก|ผลการออกรางวัล|ตรวจผล|ศาล(?!า)|ทลาย|สืบสวน|สำรวจ|ผลกระทบ|เฝ้าระวัง|ภูมิคุ้มกัน|"
    r"ป้องกัน|โฆษณา|ชักชวน|ล่อลวง|ห้าม|ไม่เล่น|งดเล่น|เลิก|ทำร้าย|หนี้|ติดพนัน|ปัญหา|ระวัง|"
    r"รวบ(?!รวม)|แก๊ง|research|survey|"
    r"advisory|vulnerab\w*|malware|compromis\w*|arrest\w*|police|campaign|awareness"
)

# Words that warn against gambling: an anti-gambling article says several of them. Stricter
# than CONTEXT, which also holds words ("ห้าม", "ปัญหา") that spam uses in passing.
WARNING = re.compile(
    r"ห้ามเล่น|ผิดกฎหมาย|เป็นความผิด|(?<!ขอ)โทษ|พ\.?ร\.?บ\.?\s?การพนัน|พระราชบัญญัติการพนัน|"
    r"ภัย(?:การ)?พนัน|พิษภัย|เตือนภัย|รณรงค์|ต่อต้านการพนัน|เลิกเล่น|ติดพนัน|ติดการพนัน|"
    r"ห่างไกล(?:การ)?พนัน|อย่าหลงเชื่อ|หลอกลวง|มิจฉาชีพ|แจ้งเบาะแส|สายด่วน|ปราบปราม|จับกุม|"
    r"ดำเนินคดี|หนี้สิน|illegal|unlawful|gambling\s?(?:act|addiction|harms?|problems?)|"
    r"awareness|scams?|fraud|imprison\w*|jail|penalt\w+|fines?\b|deport\w*|"
    r"do\s?not\s?(?:gamble|register|deposit|play)"
)
# What spam says to reassure its players ("don't miss", "not illegal", "no cheating"), which
# holds warning words: blanked out (same length) before CONTEXT and WARNING are looked for.
REASSURE = re.compile(
    r"ห้ามพลาด|ไม่(?:มี|โดน|ถูก)?\s?(?:ผิดกฎหมาย|เป็นความผิด|หลอกลวง|โกง|มิจฉาชีพ|จับ)|ถูกกฎหมาย|"
    r"no\s?(?:scams?|fraud|fines?)|not\s?a\s?scam|anti-?scam"
)
_REASSURE_HINTS = ("ไม่", "ห้าม", "กฎหมาย", "scam", "no ", "fraud")


def unreassured(text: str) -> str:
    if not any(hint in text for hint in _REASSURE_HINTS):
        return text
    return REASSURE.sub(lambda m: " " * len(m.group(0)), text)


_BET_HOST = re.compile(
    r"slot|casino|cas[il]no|baccarat|bacara|ufa|sbobet|betflik|betflix|joker|pgsoft|lsm99|"
    r"huay|lotto|hilo|poker|judi|togel|gacor|jackpot|gclub|sagame|sexygame|ambbet|jili|"
    r"(?<![a-z])bet(?!ter|ween|a[.-]|hel|h[.-])|\dbet|\.bet$|\.casino$|\.poker$"
)


def host_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    if host.startswith("xn--") or ".xn--" in host:
        try:
            host = host.encode().decode("idna")
        except UnicodeError:
            pass
    return host.lower()


def site_of(host: str) -> str:
    """Registrable domain: www.a.go.th and a.go.th are one site (Public Suffix List)."""
    return domains.registrable(host.removeprefix("www."))


def trusted(host: str) -> bool:
    """A government, education, service or news host an agency page may use (the data file
    known_domains.csv)."""
    return bool(domains.kind(host))


def betting_url(url: str) -> bool:
    """URL whose host or path is named after gambling, on a host no agency would use."""
    host = host_of(url)
    if not host or trusted(host) and not _line_betting(url):
        return False
    from .normalize import normalize

    tail = normalize(host + " " + (urlsplit(url).path or ""))
    return bool(_BET_HOST.search(host) or GAMBLE.search(tail) or BRAND.search(tail))


# Gambling words as spam sites spell them in URLs: host labels, paths and queries, matched
# on the URL decoded (IDNA, percent-encoding) and normalised, so a Thai word hidden as
# xn--... or %E0%B8%AA... reads the same as one typed plainly.
_URL_WORDS = re.compile(
    r"slot|casino|cas[il]no|baccarat|bacara|ufa|sbobet|betflik|betflix|joker|pgsoft|lsm99|"
    r"huay|lotto|hilo|poker|judi|togel|gacor|jackpot|gclub|sagame|ambbet|jili|"
    r"(?<![a-z])bet(?!ter|ween|a\b|hel|h\b)|\dbet|(?<![a-z])pg(?=\d|[-_.]|slot|soft|$)|"
    r"สล็อต|บาคาร่า|คาสิโน|แทงบอล|พนัน|หวย|เครดิตฟรี|ยูฟ่า"
)
# Top-level domains sold for gambling: the name of the registry says it.
BET_SUFFIXES = {"bet", "casino", "poker", "bingo", "lotto"}


def url_words(url: str) -> list[str]:
    """The gambling words in a URL (host, path, query) and a gambling TLD, or [] for a URL
    that reports on gambling (a news slug about an arrest)."""
    from .normalize import normalize

    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    host = host_of(url)
    text = normalize(f"{host} {unquote(parts.path)} {unquote_plus(parts.query)}")
    if CONTEXT.search(text):
        return []
    words = sorted({m.group(0) for m in _URL_WORDS.finditer(text)})
    tld = domains.suffix(host)
    return words + [f".{tld}"] if tld in BET_SUFFIXES else words


def _line_betting(url: str) -> bool:
    low = url.lower()
    return ("line.me" in low or "lin.ee" in low) and bool(_BET_HOST.search(low.split("/", 3)[-1]))
