"""Decode obfuscated inline JavaScript and find redirects hidden in it.

Spam scripts hide their target behind atob()/base64, String.fromCharCode, \\x and \\u
escapes, %XX escapes and Dean Edwards' p,a,c,k,e,r packer, and fire only for visitors
arriving from Google or using a phone. The script is never run: each layer is decoded
textually (a few rounds) and the decoded text is shown as evidence.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

_B64_CALL = re.compile(r"""atob\s*\(\s*['"]([A-Za-z0-9+/=\s]{8,})['"]\s*\)""")
_B64_LITERAL = re.compile(r"""['"]([A-Za-z0-9+/]{24,}={0,2})['"]""")
_CHARCODE = re.compile(r"String\.fromCharCode\s*\(([\d\s,xXa-fA-F+]+)\)")
_HEX = re.compile(r"\\x([0-9a-fA-F]{2})")
_UNI = re.compile(r"\\u([0-9a-fA-F]{4})")
_PCT = re.compile(r"(?:%[0-9a-fA-F]{2}){4,}")
_PACKED = re.compile(
    r"}\s*\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*'((?:[^'\\]|\\.)*)'\.split\('\|'\)"
)
_CONCAT = re.compile(r"""['"]\s*\+\s*['"]""")
_BRACKET = re.compile(r"""\[\s*['"]([A-Za-z_$][\w$]*)['"]\s*\]""")   # w['location'] -> w.location

_NUMBERS = re.compile(r"\[\s*((?:\d{2,3}\s*,\s*){7,}\d{2,3})\s*\]")
# Only these send the visitor away; document.write and .src only load or show things.
_REDIRECT = re.compile(
    r"location(?:\s*\.\s*href)?\s*=(?!=)|location\s*\.\s*(?:replace|assign)\s*\(|"
    r"window\s*\.\s*open\s*\(|http-equiv\s*=\s*['\"]?refresh"
)
_NAVIGATE = re.compile(
    r"(?:(?:window|top|self|document|parent)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=(?!=)\s*|"
    r"location\s*\.\s*(?:replace|assign)\s*\(|window\s*\.\s*open\s*\(|"
    r"document\s*\.\s*write(?:ln)?\s*\(|insertAdjacentHTML|innerHTML\s*=|\.src\s*="
)
_URL = re.compile(r"""(?:https?:)?//[^\s'"<>\\)]+""")
# The referrer tested against a search engine, within a couple of hundred characters.
_FROM_GOOGLE = re.compile(r"referrer[\s\S]{0,200}?(?:google|bing|yahoo)|"
                          r"(?:google|bing|yahoo)[\s\S]{0,200}?referrer", re.I)
_PHONE = re.compile(r"navigator\s*\.\s*(?:userAgent|platform|maxTouchPoints)|"
                    r"android|iphone|mobile|matchMedia|innerWidth|screen\.width", re.I)


@dataclass
class Script:
    source: str
    decoded: str          # the script after every layer was decoded
    obfuscated: bool
    targets: list         # URLs it navigates to or writes
    from_google: bool     # fires only for visitors from a search engine
    on_phone: bool        # fires only on phones
    redirects: bool       # sends the visitor away (rather than writing or loading things)


def _b64(data: str) -> str | None:
    try:
        raw = base64.b64decode(re.sub(r"\s+", "", data) + "===", validate=False)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    # binary garbage has control characters; text (even with zero-width spaces) has none
    controls = sum(ch < " " and ch not in "\n\r\t" for ch in text)
    return text if text and controls / len(text) < 0.02 else None


def _numbers(match: re.Match) -> str:
    """[104,116,116,112,...] next to fromCharCode: the characters those codes stand for."""
    codes = [int(n) for n in match.group(1).split(",")]
    if not all(9 <= c < 0x110000 for c in codes):
        return match.group(0)
    return '"' + "".join(map(chr, codes)) + '"'


def _charcodes(match: re.Match) -> str:
    out = []
    for part in match.group(1).split(","):
        part = part.strip()
        try:
            out.append(chr(int(part, 0) if part.lower().startswith("0x") else int(part)))
        except ValueError:
            return match.group(0)
    return '"' + "".join(out) + '"'


def _unpack(match: re.Match) -> str:
    payload, radix, count, words = match.groups()
    radix, count, words = int(radix), int(count), words.split("|")

    def base(n: int) -> str:
        digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (base(n // radix) if n >= radix else "") + digits[n % radix]

    table = {base(i): (words[i] if i < len(words) and words[i] else base(i))
             for i in range(min(count, 5000))}
    return re.sub(r"\b\w+\b", lambda m: table.get(m.group(0), m.group(0)), payload)


def decode(source: str, rounds: int = 4) -> tuple[str, bool]:
    """The script with obfuscation layers decoded, and whether there were any."""
    text, changed = source, False
    for _ in range(rounds):
        before = text
        text = _PACKED.sub(_unpack, text) if "p,a,c,k,e" in text.replace(" ", "") else text
        text = _B64_CALL.sub(lambda m: '"' + (_b64(m.group(1)) or m.group(1)) + '"', text)
        text = _B64_LITERAL.sub(lambda m: '"' + (_b64(m.group(1)) or m.group(1)) + '"', text)
        text = _CHARCODE.sub(_charcodes, text)
        if "fromCharCode" in text:
            text = _NUMBERS.sub(_numbers, text)
        text = _HEX.sub(lambda m: chr(int(m.group(1), 16)), text)
        text = _UNI.sub(lambda m: chr(int(m.group(1), 16)), text)
        text = _PCT.sub(lambda m: _pct(m.group(0)), text)
        text = _CONCAT.sub("", text)
        text = _BRACKET.sub(r".\1", text)
        if text == before:
            break
        changed = True
    return text, changed


def _pct(chunk: str) -> str:
    from urllib.parse import unquote

    return unquote(chunk)


def analyse(source: str) -> Script | None:
    """None for a script that navigates nowhere and writes no URL."""
    decoded, obfuscated = decode(source)
    if not _NAVIGATE.search(decoded):
        return None
    targets = [u.rstrip(".,;") for u in _URL.findall(decoded)]
    return Script(source, decoded, obfuscated, targets, bool(_FROM_GOOGLE.search(decoded)),
                  bool(_PHONE.search(decoded)), bool(_REDIRECT.search(decoded)))
