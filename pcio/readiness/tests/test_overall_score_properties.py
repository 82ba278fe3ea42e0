from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pcio.readiness import scoring

score = st.decimals(min_value=0, max_value=100, places=2)
weight = st.integers(min_value=1, max_value=40)
pillars = st.lists(st.tuples(score, weight), min_size=7, max_size=7)


def _split(items):
    return ({p: s for p, (s, _) in enumerate(items, 1)},
            {p: w for p, (_, w) in enumerate(items, 1)})


@given(pillars)
def test_the_overall_score_lies_between_the_lowest_and_highest_pillar(items):
    scores, weights = _split(items)
    result = scoring.overall(scores, weights)
    assert min(scores.values()) <= result <= max(scores.values())


@given(pillars, st.integers(min_value=1, max_value=7), st.decimals(0, 100, places=2))
def test_raising_a_pillar_never_lowers_the_overall_score(items, pillar, delta):
    scores, weights = _split(items)
    raised = scoring.raise_pillar(scores, pillar, delta)
    assert scoring.overall(raised, weights) >= scoring.overall(scores, weights)


@given(pillars, st.integers(min_value=1, max_value=7), st.decimals(0, 100, places=2))
def test_raising_a_pillar_never_lowers_the_kpi_points(items, pillar, delta):
    scores, weights = _split(items)
    targets = scoring.kpi_targets([Decimal("60")])
    bounds = scoring.DEFAULT_BOUNDS
    before = scoring.kpi(scores, weights, bounds, targets)
    after = scoring.kpi(scoring.raise_pillar(scores, pillar, delta), weights, bounds, targets)
    assert after.weighted >= before.weighted
