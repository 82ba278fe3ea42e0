"""Gambling vocabulary, promotion vocabulary and the contexts that make them harmless.

Every pattern runs on normalize()d text. Words alone do not make spam: a page may name
gambling (a campaign against it, police news, lottery results) but only spam *promotes*
it, so the detector counts gambling words (GAMBLE), promotion (PROMO), betting brands
(BRAND) and reporting/warning context (CONTEXT) separately.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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

# Hosts that an agency page legitimately links to, frames or redirects to.
_TRUSTED_SUFFIXES = (
    ".go.th", ".ac.th", ".or.th", ".in.th", ".mi.th", ".gov", "google.com", "googleapis.com",
    "gstatic.com", "youtube.com", "youtube-nocookie.com", "youtu.be", "facebook.com",
    "fbcdn.net", "line.me", "lin.ee", "twitter.com", "x.com", "instagram.com", "tiktok.com",
    "microsoft.com", "w3.org", "wordpress.org", "jquery.com", "cloudflare.com",
    "jsdelivr.net", "bootstrapcdn.com", "maps.app.goo.gl", "goo.gl", "gov.uk", "thaigov.go.th",
    "facebook.net", "googletagmanager.com", "google-analytics.com", "doubleclick.net",
    "truehits.net", "histats.com", "statcounter.com", "cloudflareinsights.com", "gov.la",
    # news sites that report on gambling (and its arrests) every day
    "thairath.co.th", "dailynews.co.th", "matichon.co.th", "khaosod.co.th", "sanook.com",
    "mgronline.com", "bangkokpost.com", "nationthailand.com", "pptvhd36.com", "amarintv.com",
    "ch3plus.com", "ch7.com", "tnnthailand.com", "springnews.co.th", "bbc.com", "voathai.com",
    "prachachat.net", "posttoday.com", "komchadluek.net", "naewna.com", "siamrath.co.th",
    "thansettakij.com", "bangkokbiznews.com", "workpointtoday.com", "thestandard.co",
)
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
    """Registrable-ish part of a host: www.a.go.th and a.go.th are one site."""
    parts = host.removeprefix("www.").split(".")
    keep = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and len(parts[-2]) <= 3 else 2
    return ".".join(parts[-keep:])


def trusted(host: str) -> bool:
    return any(host == s.lstrip(".") or host.endswith(s if s[0] == "." else "." + s)
               or host == s for s in _TRUSTED_SUFFIXES)


def betting_url(url: str) -> bool:
    """URL whose host or path is named after gambling, on a host no agency would use."""
    host = host_of(url)
    if not host or trusted(host) and not _line_betting(url):
        return False
    from .normalize import normalize

    tail = normalize(host + " " + (urlsplit(url).path or ""))
    return bool(_BET_HOST.search(host) or GAMBLE.search(tail) or BRAND.search(tail))


def _line_betting(url: str) -> bool:
    low = url.lower()
    return ("line.me" in low or "lin.ee" in low) and bool(_BET_HOST.search(low.split("/", 3)[-1]))
