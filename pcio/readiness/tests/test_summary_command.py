import io
import json

import pytest
from django.core.management import CommandError, call_command


def _summary(*args):
    out = io.StringIO()
    call_command("readiness", "summary", *args, stdout=out)
    return out.getvalue()


def test_the_json_summary_of_2567_gives_the_seed_figures(years):
    data = json.loads(_summary("43", "2567", "--json"))
    assert data["overall"] == 70.93 and data["level"] == 3
    assert data["pillars_at_level_3_or_above"] == 6
    assert data["kpi_targets"] == {"basic": 60.93, "standard": 70.93, "advanced": 75.93}
    first, second = data["pillars"][:2]
    assert first == {**first, "pillar": 1, "score": 91.79, "level": 5, "change": 48.22}
    assert second == {**second, "pillar": 2, "score": 48.33, "level": 2, "change": -31.4}
    assert data["change"] == 31.15


def test_the_2566_summary_has_no_change_because_no_earlier_year_is_known(years):
    data = json.loads(_summary("หนองคาย", "2566", "--json"))
    assert data["overall"] == 39.78 and data["level"] == 2
    assert all(p["change"] is None for p in data["pillars"])


def test_an_unknown_unit_is_a_clear_error(years):
    with pytest.raises(CommandError, match="ไม่พบจังหวัดหรือหน่วยงาน"):
        _summary("ไม่มี", "2567")
