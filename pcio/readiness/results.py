"""A unit's readiness result for one year, with history, benchmarks and KPI, in a fixed
number of queries. The arithmetic is in scoring.py; this module only gathers the data."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy

from pcio.agencies.models import Agency, Province
from pcio.readiness import scoring
from pcio.readiness.models import Benchmark, Pillar, Reported, Score, SurveyYear

# Pages speak Thai: scoring.LEVEL_NAMES are DGA's English names (the CLI and the API keep
# them); the English catalogue gives them back on English pages.
LEVEL_LABELS = {1: gettext_lazy("เริ่มต้น"), 2: gettext_lazy("กำลังพัฒนา"),
                3: gettext_lazy("มีแนวทางชัดเจน"), 4: gettext_lazy("บริหารจัดการได้"),
                5: gettext_lazy("พัฒนาอย่างต่อเนื่อง")}
TARGET_LABELS = {"basic": gettext_lazy("ขั้นต้น"), "standard": gettext_lazy("มาตรฐาน"),
                 "advanced": gettext_lazy("ขั้นสูง")}


def level_label(number) -> str:
    """'3 มีแนวทางชัดเจน' on a Thai page, '3 Defined' on an English one."""
    return f"{number} {LEVEL_LABELS[number]}" if number else ""


def target_label(name) -> str:
    return str(TARGET_LABELS.get(name, name))


@dataclass(frozen=True)
class Unit:
    """A province or one agency: what a score belongs to."""

    obj: object

    @property
    def is_province(self):
        return isinstance(self.obj, Province)

    @property
    def kind(self):
        return "p" if self.is_province else "a"

    @property
    def code(self):
        return self.obj.code

    @property
    def name(self):
        return self.obj.name_th

    def lookup(self, prefix=""):
        return {f"{prefix}{'province' if self.is_province else 'agency'}": self.obj}

    def owner_agency_id(self):
        return None if self.is_province else self.obj.pk

    def __str__(self):
        return self.name


def find_unit(text):
    """A province or agency by code or Thai/English name; None when there is no such unit."""
    text = str(text).strip()
    if not text:  # no unit asked for and no province set up: "" would match a blank name
        return None
    for model in (Province, Agency):
        found = model.objects.filter(Q(code=text) | Q(name_th=text) | Q(name_en__iexact=text))
        if found[:1]:
            return Unit(found[0])
    return None


def unit_by_kind(kind, code):
    model = Province if kind == "p" else Agency
    obj = model.objects.filter(code=code).first()
    return Unit(obj) if obj else None


def years_with_pillars(years):
    queryset = SurveyYear.objects.filter(year__in=years).prefetch_related(
        Prefetch("pillars", queryset=Pillar.objects.order_by("number")))
    return {y.year: y for y in queryset}


def weights_of(survey_year):
    return {p.number: p.weight for p in survey_year.pillars.all()} if survey_year else {}


def unit_history(unit, years):
    """{year: {pillar: score}} and {year: Reported} for the unit."""
    scores = defaultdict(dict)
    for year, pillar, score in Score.objects.filter(year__year__in=years, **unit.lookup()) \
            .values_list("year__year", "pillar", "score"):
        scores[year][pillar] = score
    reported = {r.year.year: r for r in
                Reported.objects.filter(year__year__in=years, **unit.lookup())
                .select_related("year")}
    return scores, reported


def overall_of(year, scores, reported, survey_years):
    """The computed overall score, or the announced one when pillar scores are missing."""
    if scores.get(year) and survey_years.get(year):
        return scoring.overall(scores[year], weights_of(survey_years[year]))
    found = reported.get(year)
    return found.overall if found else None


def province_benchmarks(survey_year):
    """Average, top province and ranks computed from every province's imported scores."""
    by_province = defaultdict(dict)
    rows = Score.objects.filter(year=survey_year, province__isnull=False) \
        .values_list("province_id", "pillar", "score")
    for province_id, pillar, score in rows:
        by_province[province_id][pillar] = score
    if len(by_province) < 2:
        return {}
    return scoring.benchmarks(by_province, weights_of(survey_year))


def entered_benchmarks(survey_year):
    return {b.pillar: b for b in Benchmark.objects.filter(year=survey_year)}


def summary(unit, year: int) -> dict | None:
    """Everything the province page, the embeds, the API and the CLI show for one year."""
    survey_years = years_with_pillars([year - 2, year - 1, year, year + 1])
    current = survey_years.get(year)
    if current is None:
        return None
    scores, reported = unit_history(unit, [year - 2, year - 1, year, year + 1])
    weights, bounds = weights_of(current), current.level_bounds
    mine, before = scores.get(year, {}), scores.get(year - 1, {})
    computed = province_benchmarks(current) if unit.is_province else {}
    entered = entered_benchmarks(current) if unit.is_province else {}
    history = {y: overall_of(y, scores, reported, survey_years) for y in range(year - 2, year + 1)}
    targets = _targets(current, [history[year - 2], history[year - 1]])
    now = scoring.standing(mine, weights, bounds, targets, current.kpi_rule) if mine else None
    total = now.score if now else history[year]
    result = {
        "unit": unit, "year": current, "has_scores": bool(mine), "scores": mine,
        "standing": now, "overall": total,
        "previous_overall": history[year - 1], "change": scoring.change(total, history[year - 1]),
        "level": _level_of(now, total, bounds),
        "pillars": _pillar_rows(current, mine, before, computed, entered),
        "pillars_at_level_3_or_above": now.pillar_count if now else None,
        "kpi": now.kpi if now else None, "kpi_targets": targets,
    }  # fmt: skip
    result["level_name"] = level_label(result["level"])
    result.update(_ranking(unit, reported.get(year), computed, entered, total))
    result["kpi_targets_next_year"] = _targets(survey_years.get(year + 1) or current,
                                               [history[year - 1], history[year]])
    result["checks"] = _checks(result, computed, entered, reported.get(year))
    return result


def _pillar_rows(current, mine, before, computed, entered):
    rows = []
    for pillar in current.pillars.all():
        n = pillar.number
        score = mine.get(n)
        rows.append({
            "pillar": n, "name_th": pillar.name_th, "name_en": pillar.name_en,
            "weight": pillar.weight, "score": score, "previous": before.get(n),
            "change": scoring.change(score, before.get(n)),
            "level": scoring.level(score, current.level_bounds) if score is not None else None,
            "average": _bench(entered, computed, "average", n),
            "top": _bench(entered, computed, "top", n),
        })  # fmt: skip
    return rows


def _bench(entered, computed, field, pillar):
    """The announced figure when there is one, else the one computed from all provinces."""
    row = entered.get(pillar)
    value = getattr(row, field) if row else None
    return value if value is not None else computed.get(field, {}).get(pillar)


def _ranking(unit, reported, computed, entered, total):
    rank = reported.rank if reported and reported.rank else None
    rank_of = reported.rank_of if reported and reported.rank_of else None
    if rank is None and computed and unit.obj.pk in computed["overall"]:
        rank, rank_of = scoring.rank(computed["overall"], unit.obj.pk), computed["count"]
    return {"rank": rank, "rank_of": rank_of,
            "average": _bench(entered, computed, "average", 0),
            "top": _bench(entered, computed, "top", 0),
            "top_province_id": computed.get("top_unit")}


def _targets(survey_year, history):
    return scoring.kpi_targets(history, survey_year.kpi_rule)


def _level_of(now, total, bounds):
    if now:
        return now.level
    return scoring.level(total, bounds) if total is not None else None  # the announced score


def _checks(result, computed, entered, reported):
    """Where a figure computed here disagrees with the one DGA announced."""
    problems = []
    if reported and reported.overall is not None and result["has_scores"] \
            and reported.overall != result["overall"]:
        problems.append(f"คะแนนรวมที่คำนวณได้ {result['overall']} ไม่ตรงกับที่ประกาศ "
                        f"{reported.overall}")
    if not computed:
        return problems
    unit = result["unit"]
    if reported and reported.rank and unit.obj.pk in computed["overall"]:
        mine = scoring.rank(computed["overall"], unit.obj.pk)
        if mine != reported.rank:
            problems.append(f"อันดับที่คำนวณได้ {mine} ไม่ตรงกับที่ประกาศ {reported.rank}")
    for pillar, row in sorted(entered.items()):
        for field, label in (("average", "ค่าเฉลี่ย"), ("top", "คะแนนอันดับ 1")):
            announced, mine = getattr(row, field), computed[field].get(pillar)
            if announced is not None and mine is not None and announced != mine:
                where = "คะแนนรวม" if pillar == 0 else f"ตัวชี้วัดที่ {pillar}"
                problems.append(f"{label} {where} ที่คำนวณได้ {mine} ไม่ตรงกับที่ประกาศ "
                                f"{announced}")
    return problems


def to_json(result) -> dict:
    """The summary as plain JSON values (the CLI and the API print this)."""
    def num(value):
        return None if value is None else float(value)

    targets = {t.name: num(t.score) for t in result["kpi_targets_next_year"]}
    kpi = result["kpi"]
    return {
        "unit": result["unit"].code, "unit_name": result["unit"].name,
        "year": result["year"].year, "overall": num(result["overall"]),
        "level": result["level"], "change": num(result["change"]),
        "level_name": scoring.level_name(result["level"]) if result["level"] else None,
        "pillars": [{"pillar": r["pillar"], "name": r["name_en"], "score": num(r["score"]),
                     "level": r["level"], "change": num(r["change"]),
                     "average": num(r["average"]), "top": num(r["top"])}
                    for r in result["pillars"]],
        "pillars_at_level_3_or_above": result["pillars_at_level_3_or_above"],
        "average": num(result["average"]), "top": num(result["top"]),
        "rank": result["rank"], "rank_of": result["rank_of"],
        "kpi_targets": targets,
        "kpi": None if kpi is None else {
            "pillar_count": kpi.pillar_count, "count_points": num(kpi.count_points),
            "score_points": num(kpi.score_points), "weighted": num(kpi.weighted)},
        "levels_assumed": result["year"].bounds_assumed, "checks": result["checks"],
    }  # fmt: skip


def what_if(result, pillar, delta):
    """Raise one pillar of this year's scores. "before" is scoring.standing() of the same
    scores, weights, levels and targets as the result page, so it shows the page's figures.
    When the next survey is set up, "next" asks agenda item 3.2's question too: the same
    scores under the next year's weights and targets (set from this year's score), which
    differ from the page's on purpose; the page says so."""
    current = result["year"]
    outcome = _what_if_under(current, result["kpi_targets"], result, pillar, delta)
    following = years_with_pillars([current.year + 1]).get(current.year + 1)
    if following is not None and following.pillars.all():
        outcome["next"] = _what_if_under(following, result["kpi_targets_next_year"], result,
                                         pillar, delta)
    return outcome


def _what_if_under(survey_year, targets, result, pillar, delta):
    scores, rule = result["scores"], survey_year.kpi_rule
    weights, bounds = weights_of(survey_year), survey_year.level_bounds
    outcome = scoring.what_if(scores, weights, bounds, targets, pillar, delta, rule)
    outcome["year"] = survey_year
    outcome["targets"] = [{"label": target_label(t.name), "score": t.score} for t in targets]
    outcome["rows"] = [{
        "pillar": r["pillar"], "name_th": r["name_th"], "score": scores.get(r["pillar"]),
        "weight": weights.get(r["pillar"]), "gain": outcome["gains"].get(r["pillar"]),
        "to_level_3": scoring.points_to_level(scores.get(r["pillar"], 0), 3, bounds),
        "kpi_if_raised": _weighted(scoring.standing(
            scoring.raise_pillar(scores, r["pillar"], delta), weights, bounds, targets, rule)),
    } for r in result["pillars"]]  # fmt: skip
    raised = [r for r in outcome["rows"] if r["kpi_if_raised"] is not None]
    outcome["best_kpi_pillar"] = max(raised, key=lambda r: (r["kpi_if_raised"], -r["pillar"]),
                                     default={}).get("pillar")
    return outcome


def _weighted(standing):
    return standing.kpi.weighted if standing.kpi else None
