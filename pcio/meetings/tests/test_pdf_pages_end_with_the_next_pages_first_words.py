import re

from pcio.front import installation
from pcio.meetings import documents
from pcio.meetings.tests.conftest import flat, pdf_pages

PAGE_NUMBER = re.compile(r"^- [๐-๙]+ -")
CUE = re.compile(r"(?:^|\s)/(\S.*\.\.\.)$")


def _body_lines(page):
    """The page's own lines: not the running header, page number or cue in the margins."""
    slogan = flat(installation.slogan())
    return [line for line in page.splitlines() if line.strip() and flat(line) not in slogan
            and not PAGE_NUMBER.match(line.strip()) and not CUE.search(line.strip())]


def _cue(page):
    cues = [m[1] for line in page.splitlines() if (m := CUE.search(line.strip()))]
    assert len(cues) <= 1, cues
    return cues[0] if cues else ""


def test_each_page_but_the_last_ends_with_a_cue_naming_the_next_pages_first_words(demo):
    pages = pdf_pages(documents.pdf(demo, "agenda"))
    assert len(pages) >= 4
    for page, following in zip(pages, pages[1:], strict=False):
        cue = _cue(page)
        assert cue.endswith("..."), page
        assert flat(_body_lines(following)[0]).startswith(flat(cue.removesuffix("...")))
    assert _cue(pages[-1]) == ""
