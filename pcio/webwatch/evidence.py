"""Show evidence inside the fetched HTML as escaped text with the hidden part marked.

Fetched HTML is never rendered live: everything is escaped, and only our <mark> is markup.
"""

from html import escape


def locate(text: str, evidence: str) -> tuple[int, int]:
    """(start, end) of the evidence in the text, or (-1, -1) when it is not there verbatim."""
    for probe in (evidence, evidence[:200].strip(), evidence[:60].strip()):
        if probe:
            start = text.find(probe)
            if start >= 0:
                end = start + len(evidence) if text.startswith(evidence, start) else start + len(
                    probe)
                return start, end
    return -1, -1


def highlight(text: str, evidence: str, context: int = 400) -> str:
    """Escaped excerpt of `text` around the evidence, the evidence in <mark>; escaped
    evidence alone when the page text does not contain it (a decoded script, a redirect)."""
    start, end = locate(text or "", evidence or "")
    if start < 0:
        return f"<mark>{escape(evidence or '')}</mark>"
    before = text[max(0, start - context):start]
    after = text[end:end + context]
    lead = "…" if start > context else ""
    tail = "…" if end + context < len(text) else ""
    return (f"{lead}{escape(before)}<mark>{escape(text[start:end])}</mark>"
            f"{escape(after)}{tail}")


def persona_text(snapshot: dict, persona: str) -> str:
    personas = snapshot.get("personas", {})
    item = personas.get(persona) or next(iter(personas.values()), {})
    while "same_as" in item:
        item = personas.get(item["same_as"], {})
    return item.get("text", "")
