"""The q/fq reader on its own: plain Python, no web."""

import pytest

from pcio.catalog.solr_query import QueryError, Term, parse

FIELDS = {"organization": "organization", "tags": "tags", "name": "name", "title": "text",
          "metadata_modified": "modified"}


def test_everything_and_nothing_leave_no_terms():
    assert parse("*:*", FIELDS).terms == [] and parse("", FIELDS).text == ""


def test_free_text_and_field_terms_are_told_apart():
    query = parse('ท่องเที่ยว organization:nk-tat -tags:"การค้า ชายแดน"', FIELDS)
    assert query.text == "ท่องเที่ยว"
    assert query.terms == [Term("organization", ("nk-tat",)),
                           Term("tags", ("การค้า ชายแดน",), negate=True)]


def test_an_alias_names_the_field_the_caller_uses():
    assert parse("title:ท่องเที่ยว", FIELDS).terms == [Term("text", ("ท่องเที่ยว",))]


def test_web_addresses_and_thai_text_with_a_colon_stay_free_text():
    assert parse("http://x https://nongkhai.go.th/a", FIELDS).text == (
        "http://x https://nongkhai.go.th/a")
    assert parse("เวลา:10", FIELDS).text == "เวลา:10"


def test_or_makes_one_term_with_several_values():
    expected = [Term("organization", ("a", "b c"))]
    assert parse('organization:a OR organization:"b c"', FIELDS).terms == expected
    assert parse('organization:(a OR "b c")', FIELDS).terms == expected


def test_a_range_keeps_its_two_ends():
    query = parse("metadata_modified:[2025-01-01T00:00:00Z TO *]", FIELDS)
    assert query.terms[0].span == ("2025-01-01T00:00:00Z", "*")


@pytest.mark.parametrize("q,why", [
    ("colour:red", "ไม่รู้จักฟิลด์ colour"),
    ('tags:"open', "ไม่ครบคู่"),
    ("name:trade*", "wildcard"),
    ("organization:a OR tags:b", "ฟิลด์เดียวกัน"),
    ("-ท่องเที่ยว", "ฟิลด์:ค่า"),
    ("tags:a OR", "ต้องมีเงื่อนไขตามหลัง"),
])
def test_syntax_it_cannot_honour_is_refused_in_thai(q, why):
    with pytest.raises(QueryError, match=why):
        parse(q, FIELDS)
