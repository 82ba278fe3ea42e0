"""The what-if page's "before" column shows the figures of the result page it is opened
from (same unit, year, weights and targets); the next survey's projection, which differs on
purpose, is a separate table with a note saying why."""

import re

import pytest
from django.urls import reverse

from pcio.agencies import demo as agencies_demo
from pcio.readiness import demo
from pcio.readiness.models import Score


@pytest.fixture
def demo_units(db):
    agencies_demo.load()
    demo.load()
    rows = Score.objects.values_list("province__code", "agency__code", "year__year").distinct()
    units = sorted({("p" if p else "a", p or a, year) for p, a, year in rows})
    assert units, "the demo has readiness scores"
    return units


def _before_column(html, table_id):
    """{row label: the "before" cell} of a what-if table."""
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S).group(0)
    cells = re.findall(r"<tr><td>(.*?)</td><td[^>]*>(.*?)</td>", table, re.S)
    return dict(cells)


def _figure(value):
    return "-" if value is None else str(value)


def test_the_before_figures_are_the_result_pages_figures_for_every_unit_and_year(
        client, demo_units, secretariat):
    client.force_login(secretariat)
    for kind, code, year in demo_units:
        page = client.get(reverse("readiness_unit", args=[kind, code, year]))
        whatif = client.get(reverse("readiness_whatif", args=[kind, code, year]))
        result, before = page.context["result"], whatif.context["outcome"]["before"]
        shown = (result["overall"], result["level"], result["pillars_at_level_3_or_above"],
                 result["kpi"])
        assert (before.score, before.level, before.pillar_count, before.kpi) == shown, (
            kind, code, year)
        cells = _before_column(whatif.content.decode(), "whatif")
        assert cells["คะแนนรวม"] == str(result["overall"]) in page.content.decode()
        assert cells["ตัวชี้วัด ก.พ.ร. (เต็ม 10)"] == _figure(
            result["kpi"] and result["kpi"].weighted)


def test_the_2567_page_and_its_what_if_both_say_70_93_and_kpi_8_75(client, demo_units):
    cells = _before_column(client.get(reverse("readiness_whatif", args=["p", "43", 2567]))
                           .content.decode(), "whatif")
    assert cells["คะแนนรวม"] == "70.93" and cells["ตัวชี้วัด ก.พ.ร. (เต็ม 10)"] == "8.75"


def test_the_next_surveys_projection_is_a_separate_table_that_says_why_it_differs(
        client, demo_units):
    html = client.get(reverse("readiness_whatif", args=["p", "43", 2567])).content.decode()
    cells = _before_column(html, "whatif-next")
    assert cells["คะแนนรวม"] == "70.49" and cells["ตัวชี้วัด ก.พ.ร. (เต็ม 10)"] == "7.45"
    note = re.search(r'<div class="warn-box" id="next-year-note">(.*?)</div>', html, re.S)
    assert note and "70.49 ไม่ใช่ 70.93" in note.group(1) and "ปี 2568" in note.group(1)
