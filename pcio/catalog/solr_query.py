"""The Solr syntax CKAN clients put in package_search `q` and `fq`, read into free text and
field terms. Plain Python: what a field means (a filter, a name, the full-text search) is
for the caller (ckan.py) to decide.

    parse('ท่องเที่ยว organization:nk-tat -tags:"การค้า ชายแดน"', {"organization": ..., ...})
    -> Query(text="ท่องเที่ยว", terms=[Term("organization", ("nk-tat",)),
                                       Term("tags", ("การค้า ชายแดน",), negate=True)])

Understood: `*:*`, `field:value`, `field:"quoted value"`, `-field:value` and `NOT field:value`,
`+field:value`, `field:(a OR b)`, `field:a OR field:b`, `field:[low TO high]`, AND (the
default). Anything else that looks like syntax is refused with QueryError rather than
silently matching the wrong datasets.
"""

import re
from dataclasses import dataclass, field

# One chunk: runs of plain characters, "quoted text", (groups) or [ranges], so that
# tags:"การค้า ชายแดน" and organization:(a OR b) each stay whole.
CHUNK = re.compile(r'(?:"[^"]*"|\([^)]*\)|\[[^\]]*\]|[^\s"()\[\]])+')
FIELD = re.compile(r"([+-]?)([A-Za-z_][A-Za-z0-9_.]*):(.+)", re.S)
RANGE = re.compile(r"\[\s*(\S+)\s+TO\s+(\S+)\s*\]")
EVERYTHING = {"*:*", "*"}


class QueryError(ValueError):
    """The query uses syntax or a field this catalog does not search; message in Thai."""


@dataclass(frozen=True)
class Term:
    field: str
    values: tuple = ()
    negate: bool = False
    span: tuple | None = None  # (low, high) of field:[low TO high]; "*" is open


@dataclass
class Query:
    text: str = ""
    terms: list = field(default_factory=list)


def parse(q: str, fields: dict) -> Query:
    """`fields` maps every accepted field name (aliases too) to the name the caller uses."""
    q = str(q or "").strip()
    if q.count('"') % 2:
        raise QueryError("เครื่องหมายคำพูด (\") ไม่ครบคู่")
    reader = _Reader(fields)
    for chunk in CHUNK.findall(q):
        reader.read(chunk)
    if reader.negate or reader.either:
        raise QueryError("NOT หรือ OR ต้องมีเงื่อนไขตามหลัง")
    return Query(" ".join(reader.words), reader.terms)


class _Reader:
    """Reads chunks left to right, remembering a pending NOT or OR."""

    def __init__(self, fields):
        self.fields, self.words, self.terms = fields, [], []
        self.negate = self.either = self.after_term = False

    def read(self, chunk):
        if chunk in ("AND", "&&") or chunk in EVERYTHING:
            return
        if chunk in ("OR", "||"):
            # Between words OR changes nothing: the search already falls back to any word.
            self.either = self.after_term
            return
        if chunk in ("NOT", "!"):
            self.negate = True
            return
        match = FIELD.fullmatch(chunk)
        # http://x is a web address, not the field "http": it stays free text.
        if match and not match.group(3).startswith("//"):
            self._term(*match.groups())
        else:
            self._word(chunk)

    def _term(self, sign, name, raw):
        if name not in self.fields:
            known = ", ".join(sorted(set(self.fields)))
            raise QueryError(f"ไม่รู้จักฟิลด์ {name} (ค้นด้วยฟิลด์ได้: {known})")
        term = _term(self.fields[name], raw, negate=self.negate or sign == "-")
        self.negate, self.after_term = False, True
        if self.either:
            self.either = False
            self.terms.append(_join(self.terms.pop(), term))
        else:
            self.terms.append(term)

    def _word(self, chunk):
        if self.negate or (chunk.startswith("-") and len(chunk) > 1):
            raise QueryError(f"ตัดคำค้นออกด้วย - หรือ NOT ได้เฉพาะแบบ ฟิลด์:ค่า ({chunk})")
        if self.either:
            raise QueryError("ใช้ OR ระหว่าง ฟิลด์:ค่า กับคำค้นทั่วไปไม่ได้")
        self.after_term = False
        self.words.append(chunk.lstrip("+").strip('"'))


def _term(name, raw, negate=False) -> Term:
    if raw.startswith('"'):
        return Term(name, (raw[1:-1],), negate)
    if raw.startswith("("):
        return Term(name, _alternatives(raw[1:-1]), negate)
    if raw.startswith("["):
        return Term(name, (), negate, span=_span(raw))
    if raw != "*" and ("*" in raw or "?" in raw):
        raise QueryError(f"ไม่รองรับการค้นแบบ wildcard ({raw})")
    return Term(name, (raw,), negate)


def _alternatives(inner) -> tuple:
    parts = re.findall(r'"[^"]*"|\S+', inner)
    if "AND" in parts or "&&" in parts:
        raise QueryError("ในวงเล็บใช้ได้เฉพาะ OR เช่น tags:(ก OR ข)")
    values = tuple(p.strip('"') for p in parts if p not in ("OR", "||"))
    if not values:
        raise QueryError("วงเล็บว่าง")
    return values


def _span(raw) -> tuple:
    match = RANGE.fullmatch(raw)
    if not match:
        raise QueryError(f"ช่วงค่าต้องเขียนแบบ [ค่าต่ำ TO ค่าสูง] ({raw})")
    return match.group(1), match.group(2)


def _join(left: Term, right: Term) -> Term:
    """field:a OR field:b is one term with two values; OR across fields is not supported."""
    same = left.field == right.field and left.negate == right.negate
    if not same or left.span or right.span:
        raise QueryError("ใช้ OR ได้เฉพาะระหว่างค่าของฟิลด์เดียวกัน เช่น organization:a OR "
                         "organization:b")
    return Term(left.field, left.values + right.values, left.negate)
