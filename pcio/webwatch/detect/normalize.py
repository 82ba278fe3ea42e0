"""Undo the tricks spammers use to slip gambling words past keyword lists.

normalize() maps text to one canonical form (NFKC, no zero-width characters, spaced-out
letters joined, look-alike letters and digits replaced, Thai spelling variants unified,
lower case) so a short lexicon matches every disguise. words() segments the result with
PyThaiNLP; it is only called on the few hundred characters that carry a signal, because
segmentation is the slowest step of the detector.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]+")
_FOREIGN = re.compile("[\u0370-\u04ff\u0250-\u02af]")

# Cyrillic and Greek letters that look Latin: NFKC keeps them apart, readers do not.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k",
    "м": "m", "н": "h", "в": "b", "т": "t", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ο": "o", "α": "a", "ρ": "p", "τ": "t", "ν": "v", "κ": "k", "ι": "i",
    "υ": "u", "ε": "e",
})

_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# One spelled-out piece: a Thai syllable-ish chunk (leading vowel, consonant, marks, a
# following vowel) or a single Latin letter/digit.
_PIECE = (rf"(?:[\u0e40-\u0e44]?[\u0e01-\u0e2e][{_MARKS}]*[\u0e30\u0e32\u0e33\u0e45]?[{_MARKS}]*"
          rf"|[\u0e40-\u0e44]|[\u0e30\u0e32\u0e33\u0e45][{_MARKS}]*|[a-z0-9])")
# Three or more such pieces separated by spaces, dashes or stars: "ส ล็ อ ต",
# "คา สิ โ น", "S L O T", "บ-า-ค-า-ร่-า" (not dots: ก.พ. and อ.บ.ต. are ordinary).
_SPACED = re.compile(
    rf"(?<![^\s])(?:{_PIECE}(?:[ \t\u00a0\-_*·|]{{1,3}})){{2,}}{_PIECE}(?![^\s.,!?:;)])"
)
_SEPARATORS = re.compile(r"[ \t\u00a0\-_*·|]+")

_LATIN_DIGITS = {
    "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
}
# A digit (or @/$) wedged between two letters of the same script stands for a letter:
# SL0T, c4sino, แทงบ0ล. "ufa168" or "24 ชม." are left alone.
_LATIN_SUB = re.compile(r"(?<=[a-z])[013457@$]+(?=[a-z])")
# A Latin word of three or more letters with one or two such digits at its edge: 0nline, sl0t.
_LATIN_EDGE = re.compile(r"\b(?:[0134578@$][a-z]{3,}|[a-z]{3,}[0134@$])\b")
_THAI_SUB = re.compile(r"(?<=[\u0e01-\u0e4e])[0o\u0e50]+(?=[\u0e01-\u0e4e])")

_THAI_VARIANTS = [   # (substring that must be present, pattern, replacement)
    ("เเ", re.compile("เเ"), "แ"),
    ("\u0e4d\u0e32", re.compile("\u0e4d\u0e32"), "ำ"),   # nikhahit + sara aa for sara am
    (tuple(m * 2 for m in "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"),
     re.compile("([\u0e48-\u0e4c])\\1+"), r"\1"),              # doubled tone marks
    ("สล", re.compile("สล[๊็่้]?[อ]?[๊็่้]?ต"), "สล็อต"),  # สล๊อต สลอต
    ("สล", re.compile("สล[๊็่้]?[อ]?[๊็่้]?ด(?=[ \u0e01-\u0e4e]|$)"), "สล็อต"),  # สล็อด
    ("บา", re.compile("บา[คก]า[ร]?[่้]?า"), "บาคาร่า"),   # บาคารา บาการ่า
    ("คา", re.compile("คา[สซ]ิ[โน]?โน[่้]?"), "คาสิโน"),
    ("แทง", re.compile("แทง[ ]?บ[อ]?ล"), "แทงบอล"),
    ("เครดิด", re.compile("เครดิด"), "เครดิต"),
    ("โบนั", re.compile("โบนั[สช]"), "โบนัส"),
    ("ฝาก", re.compile("ฝาก[ \\-–/]*ถอน"), "ฝากถอน"),
]


def _join_spaced(match: re.Match) -> str:
    return _SEPARATORS.sub("", match.group(0))


def _lookalikes(text: str) -> str:
    text = _LATIN_SUB.sub(lambda m: "".join(_LATIN_DIGITS[c] for c in m.group(0)), text)
    text = _LATIN_EDGE.sub(lambda m: "".join(_LATIN_DIGITS.get(c, c) for c in m.group(0)), text)
    return _THAI_SUB.sub(lambda m: "อ" * len(m.group(0)), text)


# Characters NFKC would change that ordinary Thai pages are full of; handled by str.replace so
# the (slow) full NFKC pass only runs for text with rarer compatibility characters.
_COMMON_COMPAT = {"\u00a0": " ", "\u2026": "...", "\u2002": " ", "\u2003": " ", "\u2009": " "}
_ZW_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e"
_CYRILLIC_HINTS = "аеорсхукмнвтіѕАЕОРСХУКМНВТІЅοαρτνκιυεΟΑΡΤΝΚΙΥΕ"

# Pieces of gambling words, plain or disguised, looked for with str.__contains__ (fast)
# before the full normalisation and lexicon regexes run on a long text.
ANCHORS = (
    "สล็อต", "สลอต", "สล๊อต", "สลอด", "บาคา", "บากา", "คาสิ", "คาซิ", "แทงบ", "เเทง", "พนัน", "เว็บบอล",
    "บอลสเต็ป", "หวย", "ยิงปลา", "รูเล็ต", "ไฮโล", "ป๊อกเด้ง", "เสือมังกร", "น้ำเต้า", "สปิน", "แจ็คพอต",
    "ยูฟ่า", "จีคลับ", "เครดิตฟรี", "casino", "cas1no", "c4sino", "baccarat", "roulette", "sportsbook",
    "poker", "gambl", "betting", "jackpot", "slot", "sl0t", "s1ot", "judi", "togel", "gacor",
    "maxwin", "spin", "ufa", "sbobet", "betfli", "pgsoft", "pg soft", "pg slot", "joker", "lsm99",
    "ambbet", "188bet", "w88", "fun88", "dafabet", "sa gaming", "jili", "pragmatic", "lucabet",
    "allbet", "ole777", "gclub", "บ0ล", "สล็0ต", "ส ล", "ส-ล", "บ า", "บ-า", "ค า", "s l o", "s-l-o",
    "c a s", "แ ท ง", "ห ว ย", "ส*ล", "ส_ล", "ส|ล", "s*l", "s_l", "nagagames", "m98",
)


def _light(text: str) -> str:
    """The cheap part of normalize(): compatibility forms, zero-width, case, look-alikes."""
    for ch, rep in _COMMON_COMPAT.items():
        if ch in text:
            text = text.replace(ch, rep)
    probe = text.replace("\u0e33", "") if "\u0e33" in text else text
    if not unicodedata.is_normalized("NFKC", probe):
        text = unicodedata.normalize("NFKC", text).replace("\u0e4d\u0e32", "\u0e33")
    if any(ch in text for ch in _ZW_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    text = text.lower()
    if any(ch in text for ch in _CYRILLIC_HINTS):
        text = text.translate(_CONFUSABLES)
    return text


def _rest(text: str) -> str:
    """The costly part of normalize(): spaced letters, digits for letters, Thai variants."""
    if " " in text or "-" in text:
        text = _SPACED.sub(_join_spaced, text)
    text = _lookalikes(text)
    for anchors, pattern, repl in _THAI_VARIANTS:
        if any(a in text for a in anchors) if isinstance(anchors, tuple) else anchors in text:
            text = pattern.sub(repl, text)
    return text


def normalize(text: str) -> str:
    """Canonical lower-case form of text for lexicon matching and features."""
    return _rest(_light(text)) if text else text


def normalize_long(text: str) -> tuple[str, bool]:
    """normalize() for a page's whole visible text, and whether it can hold a gambling word.

    Long texts of ordinary pages skip the costly steps: a disguised gambling word always
    leaves one of the ANCHORS behind once the cheap steps have run."""
    text = _light(text) if text else text
    if not any(a in text for a in ANCHORS):
        return text, False
    return _rest(text), True


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Words of already-normalised text, Thai segmented with PyThaiNLP newmm."""
    from pythainlp.tokenize import word_tokenize

    return tuple(w for w in word_tokenize(text, engine="newmm", keep_whitespace=False)
                 if w.strip())
