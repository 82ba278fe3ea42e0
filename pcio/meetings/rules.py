"""The Thai agenda's conventions as plain Python: numbering, closing lines, body markup, cues.

Nothing here imports Django, so documents, pages and the API share one rule set.
"""

import re
from dataclasses import dataclass, field

SECTION_TITLES = {
    1: "เรื่องประธานแจ้งให้ที่ประชุมทราบ",
    2: "เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
    3: "เรื่องเพื่อทราบ",
    4: "เรื่องเพื่อพิจารณา",
    5: "เรื่องอื่น ๆ",
}
CLOSING = {
    1: "จึงเรียนที่ประชุมมาเพื่อโปรดทราบ",
    2: "",  # the item-2 text itself asks the committee to certify the minutes
    3: "จึงเสนอที่ประชุมเพื่อโปรดทราบ",
    4: "จึงเสนอที่ประชุมเพื่อโปรดพิจารณา",
    5: "",
}
OUTCOME_PHRASES = {
    "certified": "ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข",
    "amended": "ที่ประชุมรับรองรายงานการประชุมโดยมีการแก้ไข",
    "noted": "ที่ประชุมรับทราบ",
    "approved": "ที่ประชุมเห็นชอบ",
    "remarks": "ที่ประชุมเห็นชอบ โดยมีข้อสังเกต",
    "assigned": "ที่ประชุมมอบหมาย",
    "rejected": "ที่ประชุมไม่เห็นชอบ",
    "deferred": "ที่ประชุมให้เลื่อนการพิจารณา",
}
# Outcomes of agenda item 2 that certify the previous meeting's minutes.
CERTIFYING = {"certified", "amended", "approved", "remarks", "noted"}


def closing_line(section: int) -> str:
    return CLOSING.get(section, "")


def section_heading(section: int) -> str:
    return f"ระเบียบวาระที่ {section} {SECTION_TITLES[section]}"


def number_items(items):
    """Yield (item, number): titled items are numbered 3.1, 3.2 … within their section;
    an untitled item is the section's own text and has no number."""
    counters = {}
    for item in items:
        if not item.title:
            yield item, ""
            continue
        counters[item.section] = counters.get(item.section, 0) + 1
        yield item, f"{item.section}.{counters[item.section]}"


def number_attachments(items):
    """{attachment: n}: documents are numbered across the whole meeting in agenda order."""
    numbers, n = {}, 0
    for item in items:
        for attachment in item.attachments.all():
            n += 1
            numbers[attachment.pk] = n
    return numbers


def resolution_sentence(outcome: str, label: str, text: str) -> str:
    phrase = OUTCOME_PHRASES.get(outcome, label)
    return f"{phrase} {text}".strip() if text else phrase


def with_votes(sentence: str, for_=None, against=None, abstain=None) -> str:
    """"... ด้วยคะแนนเสียง เห็นด้วย 9 ไม่เห็นด้วย 1 งดออกเสียง 2" when the item was voted."""
    counts = [(label, n) for label, n in (("เห็นด้วย", for_), ("ไม่เห็นด้วย", against),
                                          ("งดออกเสียง", abstain)) if n is not None]
    if not counts:
        return sentence
    return f"{sentence} ด้วยคะแนนเสียง " + " ".join(f"{label} {n} เสียง" for label, n in counts)


# ---- body markup ---------------------------------------------------------------------------
# One paragraph per line; "# " and "## " start headings; "|a|b|" lines form a table (first
# row is the header);
# "[[app.name key=value]]" is a live table filled in from another app when the document is made.

EMBED = re.compile(r"^\[\[\s*([a-z_]+)\.([a-z_]+)((?:\s+[a-z_]+=\S+)*)\s*\]\]$")


@dataclass
class Block:
    kind: str  # "p", "h1", "h2", "table" or "embed"
    text: str = ""
    rows: list = field(default_factory=list)
    app: str = ""
    name: str = ""
    params: dict = field(default_factory=dict)


def parse_body(text: str):
    blocks = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif match := EMBED.match(line):
            blocks.append(Block("embed", app=match[1], name=match[2],
                                params=_params(match[3])))
        elif line.startswith("#"):
            level = "h2" if line.startswith("##") else "h1"
            blocks.append(Block(level, text=line.lstrip("#").strip()))
        else:
            blocks.append(Block("p", text=line))
    return blocks


def _params(text):
    return dict(pair.split("=", 1) for pair in text.split())


# ---- continuation cue ----------------------------------------------------------------------
_NUMBERING = re.compile(r"^(\(?[0-9๐-๙]+(\.[0-9๐-๙]+)*[.)]?|-|•)$")
CUE_MIN_LETTERS = 5
THAI = re.compile("[\u0e01-\u0e5b]")
MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # vowels and tones above/below


def cue(first_line: str, tokenize=None) -> str:
    """The "/first words..." cue for the foot of a page, from the next page's first line.

    A leading number such as "3.2" or "(4)" is kept with the word that follows it, and a long
    Thai run is cut after its first word or two (Thai writes no spaces between words).
    """
    chunks = first_line.replace("\u200b", "").split()
    if not chunks:
        return ""
    words = chunks[:2] if _NUMBERING.match(chunks[0]) and len(chunks) > 1 else chunks[:1]
    words[-1] = _first_words(words[-1], tokenize)
    return "/" + " ".join(words) + "..."


def _first_words(chunk, tokenize):
    if tokenize is None:
        from pythainlp.tokenize import word_tokenize as tokenize
    out = ""
    for token in tokenize(chunk):
        out += token
        if len(MARKS.sub("", out)) >= CUE_MIN_LETTERS:
            break
    return out
