"""A secretary picks a table from another system by its Thai name; the [[app.name]] code that
places it in the document is written by the form, never shown in its help text."""

from pcio.meetings.forms import ItemForm
from pcio.meetings.models import Section


def test_the_form_offers_tables_by_thai_name_and_shows_no_code(db):
    html = str(ItemForm())
    assert "ความพร้อมรัฐบาลดิจิทัล: คะแนนรายตัวชี้วัด" in html
    assert "[[" not in html


def test_picking_a_table_appends_its_code_to_the_body(db):
    form = ItemForm({"section": Section.choices[0][0], "body": "ผลสำรวจปีนี้",
                     "table": "readiness.comparison"})
    assert form.is_valid(), form.errors
    assert form.save(commit=False).body == "ผลสำรวจปีนี้\n\n[[readiness.comparison]]"


def test_no_table_leaves_the_body_as_typed(db):
    form = ItemForm({"section": Section.choices[0][0], "body": "ผลสำรวจปีนี้"})
    assert form.is_valid(), form.errors
    assert form.save(commit=False).body == "ผลสำรวจปีนี้"
