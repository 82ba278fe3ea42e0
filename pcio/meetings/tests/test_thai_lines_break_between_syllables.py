import re

from pcio.meetings.tests.conftest import pdf_pages

# A line may not begin with a vowel or tone mark that belongs to the letter before it, nor
# end with a leading vowel (เ แ โ ใ ไ) that belongs to the letter after it.
BAD_START = re.compile("^[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
BAD_END = re.compile("[\u0e40-\u0e44]$")


def test_no_line_of_the_agenda_splits_a_thai_syllable(sent_agenda):
    for page in pdf_pages(sent_agenda.pdf):
        for line in page.splitlines():
            line = line.strip()
            assert not BAD_START.search(line), line
            assert not BAD_END.search(line), line
