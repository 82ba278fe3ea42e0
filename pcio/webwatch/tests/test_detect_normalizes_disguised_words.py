"""Text written to slip past keyword lists is normalised back to the plain words."""

import pytest

from pcio.webwatch.detect.normalize import normalize, words

CASES = [
    ("ส\u200bล\u200b็\u200bอ\u200bต", "สล็อต"),          # zero-width spaces
    ("ส ล็ อ ต เว็บตรง", "สล็อต เว็บตรง"),                 # spaced-out Thai letters
    ("บ-า-ค-า-ร่-า", "บาคาร่า"),
    ("คา สิ โ น", "คาสิโน"),
    ("S L O T", "slot"),                                    # spaced-out Latin letters
    ("SL0T", "slot"),                                       # digits for letters
    ("0nline c4sino", "online casino"),
    ("แทงบ0ล", "แทงบอล"),
    ("сasіnо", "casino"),                                   # Cyrillic look-alikes
    ("สล๊อต", "สล็อต"),                                     # Thai spelling variants
    ("สลอต", "สล็อต"),
    ("เเทงบอล", "แทงบอล"),
    ("บาคารา", "บาคาร่า"),
    ("ฝาก-ถอน", "ฝากถอน"),
    ("ＳＬＯＴ", "slot"),                                    # full-width (NFKC)
]


@pytest.mark.parametrize(("raw", "plain"), CASES)
def test_it_undoes_the_disguise(raw, plain):
    assert normalize(raw) == plain


@pytest.mark.parametrize("text", ["ประชุมสภา สมัยที่ 2 ณ วันที่ 5 ก.พ. 2568", "DIMM slot 16 GB",
                                  "ufa168", "covid19", "ราคา 2,500 บาท"])
def test_it_leaves_ordinary_text_readable(text):
    assert normalize(text) == text.lower()


def test_it_segments_thai_after_normalising():
    assert words(normalize("สมัครสล๊อตเว็บตรง เครดิตฟรี")) == (
        "สมัคร", "สล็อต", "เว็บ", "ตรง", "เครดิต", "ฟรี")
