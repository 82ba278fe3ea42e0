from datetime import date

from pcio.catalog import quality
from pcio.catalog.tests.conftest import valid_metadata

TODAY = date(2025, 3, 1)
GOOD_TABLE = {"completeness": 100, "uniqueness": 100, "validity": 100}


def parts(result):
    return {p.key: p for p in result.parts}


def test_a_complete_timely_open_dataset_scores_high():
    meta = valid_metadata(last_updated_date="2025-02-20")
    result = quality.assess(meta, [{"format": "CSV", "tabular": GOOD_TABLE}], TODAY)
    assert parts(result)["timeliness"].score == 100
    assert parts(result)["openness"].score == 100
    assert result.score >= 90
    assert result.due_date == date(2025, 3, 22)


def test_lateness_is_scored_in_the_four_steps():
    expected = {"2025-01-25": 75, "2025-01-15": 50, "2025-01-05": 25, "2024-11-01": 0}
    for updated, score in expected.items():
        meta = valid_metadata(last_updated_date=updated)
        assert parts(quality.assess(meta, [], TODAY))["timeliness"].score == score, updated


def test_missing_mandatory_metadata_is_named_in_the_advice():
    meta = valid_metadata(maintainer_email="", objective=[])
    part = parts(quality.assess(meta, [], TODAY))["metadata"]
    assert part.score <= 50
    assert "อีเมลผู้ติดต่อ" in part.advice and "วัตถุประสงค์" in part.advice


def test_pdf_only_datasets_are_told_to_add_a_machine_readable_file():
    part = parts(quality.assess(valid_metadata(), [{"format": "PDF"}], TODAY))["openness"]
    assert part.score == 25
    assert "CSV" in part.advice


def test_tabular_checks_and_broken_links_lower_the_score():
    resources = [{"format": "CSV", "tabular": {"completeness": 80, "uniqueness": 90,
                                               "validity": 70}},
                 {"format": "CSV", "link_ok": False}]
    result = parts(quality.assess(valid_metadata(), resources, TODAY))
    assert result["validity"].score == 70
    assert result["availability"].score == 0


def test_a_dataset_that_is_never_updated_is_not_judged_on_timeliness():
    meta = valid_metadata(update_frequency_unit="ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล")
    assert "timeliness" not in parts(quality.assess(meta, [], TODAY))
