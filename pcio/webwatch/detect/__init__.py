"""Gambling-spam detector for agency web pages (plain Python, no Django).

Public contract used by the rest of webwatch: Fetched, Finding, Verdict, PERSONAS,
check_page, check_html, doorway_path, saw. Explainable rules (analyse.py) find the attack forms
and carry the evidence; a small logistic-regression model (model.py) trained on the
labelled corpus in pcio/webwatch/corpus weighs the weaker signals together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .personas import PERSONAS

__all__ = [
    "Fetched", "Finding", "Verdict", "PERSONAS", "KINDS", "check_page", "check_html",
    "doorway_path", "saw", "kind_label", "persona_label",
]

THRESHOLD = 0.5


def gettext_noop(text: str) -> str:
    """Marks a label for the message catalogue (makemessages knows this name) while the
    detector stays free of Django; pages translate it at display (pcio.webwatch.labels)."""
    return text


# Every Finding.kind the detector emits, with a Thai description for pages and alerts
# (soft404_spam is set by the crawler for an infected probe of a non-existent path).
KINDS = {
    "hidden_link": gettext_noop("ลิงก์เว็บพนันที่ซ่อนไว้ในหน้าเว็บ"),
    "hidden_text": gettext_noop("ข้อความพนันที่ซ่อนไว้ในหน้าเว็บ"),
    "meta_spam": gettext_noop("คำโฆษณาพนันในชื่อเรื่อง/คำอธิบาย/Open Graph/JSON-LD"),
    "canonical_spam": gettext_noop("ลิงก์ canonical/amphtml ชี้ไปเว็บพนัน"),
    "canonical_offsite": gettext_noop("ลิงก์ canonical ชี้ไปเว็บอื่น"),
    "meta_refresh": gettext_noop("meta refresh พาผู้ชมไปเว็บอื่น"),
    "betting_link": gettext_noop("ลิงก์ออกไปยังเว็บพนัน"),
    "iframe_spam": gettext_noop("iframe/embed จากเว็บพนัน"),
    "iframe_offsite": gettext_noop("iframe ที่ซ่อนไว้จากเว็บภายนอก"),
    "image_banner": gettext_noop("ป้ายโฆษณาเว็บพนัน (รูปภาพ)"),
    "script_spam": gettext_noop("สคริปต์จากเว็บพนัน"),
    "js_redirect": gettext_noop("สคริปต์พาผู้ชมไปเว็บพนัน (เฉพาะผู้มาจาก Google หรือมือถือ)"),
    "js_inject": gettext_noop("สคริปต์เขียนลิงก์/ข้อความพนันลงในหน้าเว็บ"),
    "keyword_spam": gettext_noop("ข้อความโฆษณาชวนเล่นพนัน"),
    "doorway": gettext_noop("หน้าเว็บพนันที่ถูกฝังไว้ในเว็บไซต์"),
    "soft404_spam": gettext_noop("หน้าที่ไม่มีอยู่จริงแสดงเนื้อหาพนัน"),
    "http_redirect_offsite": gettext_noop(
        "ถูกเปลี่ยนเส้นทาง (HTTP redirect) ออกนอกเว็บหน่วยงานและโดเมนราชการ"),
    "cloaking": gettext_noop(
        "แสดงหน้าเว็บหรือส่งไปคนละที่กับ Google/ผู้มาจาก Google/มือถือ"),
    "could_not_check": gettext_noop("ตรวจไม่ได้"),
    "not_rendered": gettext_noop("ไม่ได้รันสคริปต์ในเบราว์เซอร์ จึงตรวจเฉพาะ HTML ที่ได้รับ"),
}

# Who each page was fetched as (PERSONAS), in words an officer reads on the incident page
PERSONA_LABELS = {
    "desktop": gettext_noop("คอมพิวเตอร์ทั่วไป"),
    "phone": gettext_noop("โทรศัพท์มือถือ"),
    "googlebot": gettext_noop("Googlebot (ระบบเก็บข้อมูลของ Google)"),
    "googlebot_smartphone": gettext_noop("Googlebot บนมือถือ"),
    "google_referrer": gettext_noop("ผู้ชมที่มาจากการค้นหาใน Google"),
    "phone_google": gettext_noop("ผู้ชมบนมือถือที่มาจากการค้นหาใน Google"),
}


def kind_label(kind: str) -> str:
    """A finding's kind in Thai (alerts, the CLI); an unknown code stays readable rather
    than raw snake_case. Pages use pcio.webwatch.labels, in the page's language."""
    return KINDS.get(kind) or kind.replace("_", " ")


def persona_label(persona: str) -> str:
    return PERSONA_LABELS.get(persona) or persona.replace("_", " ")


@dataclass
class Fetched:
    persona: str
    url: str
    final_url: str
    status: int             # 0 when no answer came
    headers: dict
    text: str
    redirects: list = field(default_factory=list)
    hops: list = field(default_factory=list)    # (url, status or error) of every request
    error: str = ""         # why the page could not be fetched, if it could not


def saw(f: Fetched) -> bool:
    """The page's content came back: no failure, and not a server error (5xx, 429) whose
    body says nothing of the page."""
    return not f.error and 0 < f.status < 500 and f.status != 429


@dataclass
class Finding:
    kind: str
    evidence: str
    persona: str = ""
    weight: float = 0.0


@dataclass
class Verdict:
    verdict: str
    score: float
    findings: list = field(default_factory=list)


_DOORWAY = re.compile(
    r"/(?:slots?|ewt_mod|casino|baccarat|ufabet|ufa\w*|pgslot|pg-slot|sbobet|betflik|bet|"
    r"joker\w*|lotto|huay|gacor|judi|togel|สล็อต\S*|บาคาร่า\S*|คาสิโน\S*|แทงบอล\S*)(?:/|\.|-|$)|"
    r"/(?:wp-content/)?uploads?/.*\.(?:html?|php\d?|shtml)$|"
    r"/(?:images?|files?|media|assets|userfiles|fileupload)/.*\.(?:html?|php\d?|shtml)$|"
    r"[?&](?:slot|casino|ufa|bet)\w*=",
    re.I,
)


def doorway_path(url: str) -> bool:
    """Path (or query) looks like a page planted by a spammer."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = unquote(parts.path or "/") + ("?" + parts.query if parts.query else "")
    return bool(_DOORWAY.search(path))


def check_html(html: str, url: str = "", own=()) -> Verdict:
    """One HTML document as a desktop browser saw it. own: the agency's other hosts."""
    from .verdict import judge_html

    return judge_html(html, url, own=own)


def check_page(fetches: list, own=()) -> Verdict:
    """One URL fetched as several personas; compares them to find cloaking. "clean" only
    when every persona's page was seen; "could_not_check" when one was not and what was
    seen does not convict. own: hosts of the agency's registered websites (not offsite)."""
    from .verdict import judge_fetches

    return judge_fetches(fetches, own=own)
