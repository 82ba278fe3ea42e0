from hypothesis import given
from hypothesis import strategies as st

from pcio.lib import thai


def test_leading_vowels_sort_after_their_consonant():
    words = ["ไก่", "เกิด", "กาล", "เป็ด", "หมู", "วัว", "วันที่"]
    assert thai.collate(words) == ["กาล", "เกิด", "ไก่", "เป็ด", "วันที่", "วัว", "หมู"]


def test_tone_marks_only_break_ties():
    assert thai.collate(["ก้า", "กา", "ก่า"]) == ["กา", "ก่า", "ก้า"]


def test_the_district_names_of_nong_khai_sort_as_in_the_dictionary():
    districts = ["เมืองหนองคาย", "ท่าบ่อ", "โพนพิสัย", "ศรีเชียงใหม่", "สังคม", "สระใคร",
                 "เฝ้าไร่", "รัตนวาปี", "โพธิ์ตาก"]
    assert thai.collate(districts) == ["ท่าบ่อ", "เฝ้าไร่", "โพธิ์ตาก", "โพนพิสัย", "เมืองหนองคาย",
                                       "รัตนวาปี", "ศรีเชียงใหม่", "สระใคร", "สังคม"]


@given(st.lists(st.text(alphabet="กขคงเแโใไาิีุู่้๊๋ะั ABC", max_size=8), max_size=20))
def test_the_stored_key_orders_exactly_like_sorting_in_python(words):
    keys = [thai.sort_key(w) for w in words]
    assert sorted(keys) == [thai.sort_key(w) for w in thai.collate(words)]
    assert all(set(k) <= set("0123456789abcdef.") for k in keys)
