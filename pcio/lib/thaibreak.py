"""Where Thai lines may break: between words as PyThaiNLP reads them, never inside one.

Thai writes no spaces between words, so a renderer breaks Thai lines with its own dictionary;
Pango's (libthai) splits compounds a Thai reader takes as one word (หน่วยงานภาค|รัฐ).
`keep_words(text)` gives the text as HTML for WeasyPrint with each word in a nowrap span and
<wbr> between words. (Invisible joiners do not work: Pango's Thai breaker then sees single
letters and breaks anywhere.) `balanced(text, width, measure)` splits a title into lines of
even length, broken only between words, so that no word is left alone on its last line.
"""

import re
from functools import cache, lru_cache

ZERO_WIDTH_SPACE = "\u200b"  # what WeasyPrint makes of <wbr>
THAI_RUN = re.compile("[\u0e01-\u0e5b]+")
SPACE = re.compile(r"[ \t\n]*")
# Signs that never begin a line: ๆ (repeat) and ฯ (abbreviation) belong to the word before.
TRAILING = ("\u0e46", "\u0e2f")


@lru_cache(maxsize=4096)
def words(thai: str) -> tuple:
    """A run of Thai letters cut into words (PyThaiNLP's dictionary)."""
    from pythainlp.tokenize import word_tokenize

    out = []
    for word in word_tokenize(thai, keep_whitespace=False):
        if out and word.startswith(TRAILING):
            out[-1] += word
        else:
            out.append(word)
    return tuple(out)


def keep_words(text: str) -> str:
    """The text as HTML with breaks allowed between Thai words (<wbr>) and forbidden inside
    them (a nowrap span around each word). A space after a Thai word goes inside its span: a
    space left alone between two spans is not drawn, and PDFium then often reads no space."""
    from django.utils.html import escape

    text, out, last = text or "", [], 0
    for run in THAI_RUN.finditer(text):
        space = SPACE.match(text, run.end())[0]
        spans = [f'<span class="w">{escape(word)}</span>' for word in words(run[0])]
        if space:
            spans[-1] = spans[-1].replace("</span>", " </span><wbr>")
        out += [escape(text[last:run.start()]), "<wbr>".join(spans)]
        last = run.end() + len(space)
    return "".join(out) + escape(text[last:])


def unmarked(text: str) -> str:
    return (text or "").replace(ZERO_WIDTH_SPACE, "")


def pieces(text: str) -> list:
    """[(word, space after it)]: the places a line may end."""
    out = []
    for chunk in (text or "").split():
        parts = _thai_words(chunk)
        out += [(part, "") for part in parts[:-1]] + [(parts[-1], " ")]
    return out


def _thai_words(chunk):
    """A chunk without spaces cut between Thai words (and nowhere else)."""
    parts, last = [""], 0
    for run in THAI_RUN.finditer(chunk):
        parts[-1] += chunk[last:run.start()]
        split = list(words(run[0]))
        parts[-1] += split[0]
        parts += split[1:]
        last = run.end()
    parts[-1] += chunk[last:]
    return parts


def balanced(text: str, width: float, measure) -> list:
    """The text in as few lines as fit `width`, made as even as possible."""
    units = pieces(text)
    if not units or measure(text) <= width:
        return [text] if text else []
    best = _even(units, len(_greedy(units, width, measure)), measure)
    return best or [_line(units) for units in _greedy(units, width, measure)]


def _line(units):
    return "".join(word + space for word, space in units).strip()


def _greedy(units, width, measure):
    lines = [[]]
    for unit in units:
        if lines[-1] and measure(_line([*lines[-1], unit])) > width:
            lines.append([])
        lines[-1].append(unit)
    return lines


def _even(units, count, measure):
    """Split `units` into `count` lines whose widest line is as narrow as it can be."""
    @cache
    def split(start, lines):
        if lines == 1:
            return measure(_line(units[start:])), (len(units),)
        options = []
        for end in range(start + 1, len(units) - lines + 2):
            rest, cuts = split(end, lines - 1)
            options.append((max(measure(_line(units[start:end])), rest), (end, *cuts)))
        return min(options)

    if count < 2 or count > len(units):
        return None
    _, cuts = split(0, count)
    return [_line(units[start:end]) for start, end in zip((0, *cuts), cuts, strict=False)]
