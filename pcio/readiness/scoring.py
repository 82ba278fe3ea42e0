"""The readiness numbers: overall score, levels, OPDC KPI and what-if. Plain Python, no Django.

Every score is a Decimal with two places; rounding is ROUND_HALF_UP, as DGA's published
figures are (the seed's 39.7795 is announced as 39.78).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
LEVEL_NAMES = {1: "Initial", 2: "Developing", 3: "Defined", 4: "Managed", 5: "Optimized"}
# DGA does not publish its level thresholds; these agree with every fact in the seed.
DEFAULT_BOUNDS = ("25", "50", "75", "90")
DEFAULT_KPI_RULE = {
    "history_years": 2,
    "pillar_level": 3,
    # pillars at that level or above -> points (at least N pillars)
    "count_points": {"5": 50, "6": 75, "7": 100},
    # offsets from the best score of the history years -> points at that target
    "targets": [
        {"name": "basic", "offset": -10, "points": 50},
        {"name": "standard", "offset": 0, "points": 75},
        {"name": "advanced", "offset": 5, "points": 100},
    ],
    "below_basic_points": 0,
    "interpolate": True,
    "criterion_weight": 5,  # each of the two criteria is worth 5 % of the province's KPIs
}


def dec(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def round2(value) -> Decimal:
    return dec(value).quantize(CENT, rounding=ROUND_HALF_UP)


def overall(scores: dict, weights: dict) -> Decimal:
    """Weighted mean of the pillar scores; a missing pillar counts as zero."""
    total = sum((dec(w) for w in weights.values()), Decimal(0))
    if not total:
        return Decimal("0.00")
    points = sum((dec(scores.get(p, 0)) * dec(w) for p, w in weights.items()), Decimal(0))
    return round2(points / total)


def level(score, bounds=DEFAULT_BOUNDS) -> int:
    """1 to 5: one more than the number of lower bounds (for levels 2..5) the score reaches."""
    return 1 + sum(1 for b in bounds if dec(score) >= dec(b))


def level_name(number: int) -> str:
    return f"{number} {LEVEL_NAMES[number]}"


def count_at_level(scores: dict, bounds=DEFAULT_BOUNDS, minimum=3) -> int:
    return sum(1 for s in scores.values() if level(s, bounds) >= minimum)


def change(current, previous):
    if current is None or previous is None:
        return None
    return round2(dec(current) - dec(previous))


@dataclass(frozen=True)
class Target:
    name: str
    score: Decimal
    points: Decimal


def kpi_targets(history: list, rule=DEFAULT_KPI_RULE) -> list:
    """Targets from the best overall score of the last years of history (oldest first)."""
    recent = [dec(s) for s in history if s is not None][-rule["history_years"]:]
    if not recent:
        return []
    best = max(recent)
    return [Target(t["name"], round2(best + dec(t["offset"])), dec(t["points"]))
            for t in rule["targets"]]


def score_points(score, targets: list, rule=DEFAULT_KPI_RULE) -> Decimal:
    """Points for the score criterion: linear between targets, capped at the top target."""
    score = dec(score)
    if not targets or score < targets[0].score:
        return round2(rule["below_basic_points"])
    for low, high in zip(targets, targets[1:], strict=False):
        if score < high.score:
            if not rule["interpolate"]:
                return low.points
            share = (score - low.score) / (high.score - low.score)
            return round2(low.points + share * (high.points - low.points))
    return round2(targets[-1].points)


def count_points(count: int, rule=DEFAULT_KPI_RULE) -> Decimal:
    earned = [dec(p) for n, p in rule["count_points"].items() if count >= int(n)]
    return max(earned, default=Decimal(0))


@dataclass(frozen=True)
class Kpi:
    pillar_count: int
    count_points: Decimal
    score: Decimal
    score_points: Decimal
    weighted: Decimal  # out of 2 x criterion_weight (10)


def kpi(scores: dict, weights: dict, bounds, targets, rule=DEFAULT_KPI_RULE) -> Kpi:
    total = overall(scores, weights)
    count = count_at_level(scores, bounds, rule["pillar_level"])
    by_count = count_points(count, rule)
    by_score = score_points(total, targets, rule)
    weighted = round2((by_count + by_score) * dec(rule["criterion_weight"]) / HUNDRED)
    return Kpi(count, by_count, total, by_score, weighted)


def raise_pillar(scores: dict, pillar: int, delta) -> dict:
    raised = dict(scores)
    raised[pillar] = min(HUNDRED, max(Decimal(0), dec(scores.get(pillar, 0)) + dec(delta)))
    return raised


def gain_per_point(scores: dict, weights: dict, pillar: int) -> Decimal:
    """Overall points gained per point on one pillar (none once it is at 100)."""
    total = sum((dec(w) for w in weights.values()), Decimal(0))
    if not total or dec(scores.get(pillar, 0)) >= HUNDRED:
        return Decimal(0)
    return (dec(weights[pillar]) / total).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def points_to_level(score, wanted: int, bounds=DEFAULT_BOUNDS):
    """Pillar points still missing to reach a level (0 when reached, None past level 5)."""
    if wanted <= 1:
        return Decimal(0)
    if wanted - 2 >= len(bounds):
        return None
    return max(Decimal(0), round2(dec(bounds[wanted - 2]) - dec(score)))


@dataclass(frozen=True)
class Standing:
    """The figures a result page shows for one set of pillar scores. The province page and
    the what-if's "before" both come from standing(), so they cannot disagree."""

    score: Decimal
    level: int
    pillar_count: int  # pillars at level 3 or above
    kpi: Kpi | None  # None without targets: no earlier score to set them from


def standing(scores: dict, weights: dict, bounds, targets, rule=DEFAULT_KPI_RULE) -> Standing:
    total = overall(scores, weights)
    return Standing(total, level(total, bounds), count_at_level(scores, bounds),
                    kpi(scores, weights, bounds, targets, rule) if targets else None)


def what_if(scores, weights, bounds, targets, pillar, delta, rule=DEFAULT_KPI_RULE) -> dict:
    """Before and after raising one pillar, and which pillar gains most overall per point."""
    gains = {p: gain_per_point(scores, weights, p) for p in weights}
    return {
        "before": standing(scores, weights, bounds, targets, rule),
        "after": standing(raise_pillar(scores, pillar, delta), weights, bounds, targets, rule),
        "gains": gains, "best_pillar": max(gains, key=lambda p: (gains[p], -p)),
    }  # fmt: skip


def mean(values) -> Decimal:
    values = [dec(v) for v in values]
    return round2(sum(values, Decimal(0)) / len(values)) if values else None


def benchmarks(scores_by_unit: dict, weights: dict) -> dict:
    """Average, top unit and ranks over many units' pillar scores ({unit: {pillar: score}}).

    Pillar 0 stands for the overall score. The top unit is the one with the best overall
    score; its pillar scores are the "top province" column (not the best score per pillar).
    """
    overall_by_unit = {u: overall(s, weights) for u, s in scores_by_unit.items()}
    if not overall_by_unit:
        return {}
    top_unit = max(overall_by_unit, key=lambda u: overall_by_unit[u])
    average = {p: mean(s.get(p, 0) for s in scores_by_unit.values()) for p in weights}
    average[0] = mean(overall_by_unit.values())
    top = {p: dec(scores_by_unit[top_unit].get(p, 0)) for p in weights}
    top[0] = overall_by_unit[top_unit]
    return {"average": average, "top": top, "top_unit": top_unit,
            "overall": overall_by_unit, "count": len(overall_by_unit)}


def rank(overall_by_unit: dict, unit) -> int:
    """1 + the number of units with a strictly better overall score (ties share a rank)."""
    mine = overall_by_unit[unit]
    return 1 + sum(1 for s in overall_by_unit.values() if s > mine)


def answer_points(kind: str, points: dict, answers: list):
    """Points an answer earns, or None when the question's points are not known."""
    if not points:
        return None
    values = {k: dec(v) for k, v in points.items()}
    if kind == "file":
        return max(values.values()) if answers else Decimal(0)
    if kind == "multiple":
        return sum((values.get(a, Decimal(0)) for a in answers), Decimal(0))
    return values.get(answers[0], Decimal(0)) if answers else Decimal(0)


def max_points(kind: str, points: dict):
    if not points:
        return None
    values = [dec(v) for v in points.values()]
    return sum((v for v in values if v > 0), Decimal(0)) if kind == "multiple" else max(values)


def estimate(pairs) -> Decimal | None:
    """A pillar score (0-100) from (earned, possible) points of the answers counted so far."""
    earned = sum((dec(e) for e, _ in pairs), Decimal(0))
    possible = sum((dec(p) for _, p in pairs), Decimal(0))
    return round2(earned * HUNDRED / possible) if possible else None
