"""Thai word segmentation for the search index and for queries (PyThaiNLP, newmm).

Thai has no spaces between words, so both the index and the query are cut into words the same
way. Compound words are also indexed by the dictionary words inside them (at Thai character
cluster boundaries), so `ค้าชายแดน` finds `มูลค่าการค้าชายแดน` whose words are
มูลค่า | การค้า | ชายแดน.
"""

import re
import unicodedata
from functools import cache, lru_cache

KEEP_RE = re.compile(r"[^0-9a-z\u0e01-\u0e4e\u0e50-\u0e59]+")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


@cache
def _words():
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@cache
def _stopwords():
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


@lru_cache(maxsize=200_000)
def _cut(text: str) -> tuple:
    """Segment one space-free chunk. Cached: agency names, tags and stock phrases recur in
    every catalog, and segmentation is most of the cost of indexing."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=False))


def normalize(token: str) -> str:
    token = unicodedata.normalize("NFC", token).lower().translate(THAI_DIGITS)
    return KEEP_RE.sub("", token)


def words(text: str) -> list:
    """The words of a text, normalised (lower case, Thai digits as Arabic, no punctuation)."""
    if not text:
        return []
    out = []
    for chunk in str(text).split():
        for token in _cut(chunk):
            token = normalize(token)
            if token:
                out.append(token)
    return out


@cache
def parts(token: str) -> tuple:
    """Words a compound splits into: two dictionary words meeting at a character-cluster edge,
    split again the same way (นักท่องเที่ยว → นัก, ท่องเที่ยว, ท่อง, เที่ยว)."""
    if len(token) < 4 or not re.match(r"[\u0e01-\u0e4e]", token):
        return ()
    from pythainlp.tokenize.tcc import tcc_pos

    found = []
    for edge in sorted(tcc_pos(token)):
        head, tail = token[:edge], token[edge:]
        if len(head) >= 2 and len(tail) >= 2 and head in _words() and tail in _words():
            found += [head, tail, *parts(head), *parts(tail)]
    return tuple(dict.fromkeys(found))


def index_text(text: str) -> str:
    """Space-separated words plus the parts of compound words, ready for FTS5 / tsvector."""
    out = []
    for token in words(text):
        out.append(token)
        out.extend(p for p in parts(token) if p not in _stopwords())
    return " ".join(out)


def query_words(text: str) -> list:
    """Query words without stop words (unless nothing else is left), each once."""
    tokens = list(dict.fromkeys(words(text)))
    content = [t for t in tokens if t not in _stopwords()]
    return content or tokens
