"""The figures of agenda items 3.1 and 3.2 of Nong Khai's PCIO meeting 1/2568."""

from decimal import Decimal as D

from pcio.readiness import scoring

W2566 = {1: 15, 2: 10, 3: 20, 4: 30, 5: 10, 6: 10, 7: 5}
W2567 = {1: 13, 2: 12, 3: 20, 4: 30, 5: 10, 6: 10, 7: 5}
S2566 = dict(enumerate(map(D, ["43.57", "79.73", "34.70", "39.59", "44.54", "0.00", "40.00"]), 1))
S2567 = dict(enumerate(map(D, ["91.79", "48.33", "64.18", "72.89", "88.00", "56.00", "81.88"]), 1))


def test_the_overall_score_of_2566_is_39_78():
    assert scoring.overall(S2566, W2566) == D("39.78")


def test_the_overall_score_of_2567_is_70_93():
    assert scoring.overall(S2567, W2567) == D("70.93")


def test_the_overall_score_rose_by_31_15():
    assert scoring.change(D("70.93"), D("39.78")) == D("31.15")


def test_the_pillar_changes_match_the_table():
    changes = [scoring.change(S2567[p], S2566[p]) for p in range(1, 8)]
    assert changes == list(map(D, ["48.22", "-31.40", "29.48", "33.30", "43.46", "56.00",
                                   "41.88"]))


def test_2566_is_level_2_and_2567_is_level_3():
    assert scoring.level_name(scoring.level(D("39.78"))) == "2 Developing"
    assert scoring.level_name(scoring.level(D("70.93"))) == "3 Defined"


def test_six_pillars_of_2567_are_at_level_3_or_above():
    assert scoring.count_at_level(S2567) == 6
    assert scoring.level(D("48.33")) == 2 and scoring.level(D("56.00")) == 3


def test_the_kpi_targets_for_2568_are_60_93_70_93_and_75_93():
    targets = scoring.kpi_targets([D("39.78"), D("70.93")])
    assert [(t.name, t.score, t.points) for t in targets] == [
        ("basic", D("60.93"), 50), ("standard", D("70.93"), 75), ("advanced", D("75.93"), 100)]


def test_a_score_between_targets_earns_points_linearly():
    targets = scoring.kpi_targets([D("39.78"), D("70.93")])
    assert scoring.score_points(D("60.92"), targets) == 0
    assert scoring.score_points(D("60.93"), targets) == 50
    assert scoring.score_points(D("65.93"), targets) == D("62.50")
    assert scoring.score_points(D("73.43"), targets) == D("87.50")
    assert scoring.score_points(D("99"), targets) == 100


def test_the_pillar_count_criterion_follows_the_table():
    assert [scoring.count_points(n) for n in (4, 5, 6, 7)] == [0, 50, 75, 100]


def test_2567_scores_under_2568_weights_fall_below_the_standard_target():
    w2568 = {1: 12, 2: 13, 3: 20, 4: 30, 5: 10, 6: 10, 7: 5}
    targets = scoring.kpi_targets([D("39.78"), D("70.93")])
    result = scoring.kpi(S2567, w2568, scoring.DEFAULT_BOUNDS, targets)
    assert result.score == D("70.49")
    assert result.pillar_count == 6 and result.count_points == 75
    assert 50 < result.score_points < 75
