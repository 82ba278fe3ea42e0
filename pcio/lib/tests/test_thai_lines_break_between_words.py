"""Thai lines break between words as PyThaiNLP reads them, and titles are balanced
(pcio.lib.thaibreak)."""

from pcio.lib import thaibreak

TITLE = ("คณะกรรมการผู้บริหารเทคโนโลยีสารสนเทศระดับสูงระดับจังหวัด "
         "(Provincial Chief Information Officer Committee: PCIO) จังหวัดหนองคาย")


def _letters(text):
    return float(len(text))


def test_a_title_is_split_into_even_lines_and_never_leaves_a_word_alone():
    lines = thaibreak.balanced(TITLE, 50, _letters)
    assert "".join(lines).replace(" ", "") == TITLE.replace(" ", "")
    assert len(lines) == 3 and max(map(len, lines)) - min(map(len, lines)) < 15
    assert all(len(line) <= 50 for line in lines)


def test_a_short_title_stays_on_one_line():
    assert thaibreak.balanced("ระเบียบวาระการประชุม", 50, _letters) == ["ระเบียบวาระการประชุม"]


def test_a_compound_word_is_kept_whole_and_breaks_come_between_words():
    html = thaibreak.keep_words("หน่วยงานภาครัฐ & ภาคเอกชน")
    # each word unbreakable, a break between words, the space drawn with the word before it
    assert html == ('<span class="w">หน่วยงาน</span><wbr><span class="w">ภาครัฐ </span><wbr>'
                    '&amp; <span class="w">ภาคเอกชน</span>')
