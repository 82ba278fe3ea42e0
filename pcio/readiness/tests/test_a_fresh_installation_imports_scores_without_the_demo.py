"""The survey years ship with pcio: a new installation imports DGA's scores straight away."""

import io
import json

from django.core.management import call_command

from pcio.readiness.models import Score, SurveyYear

# Nong Khai's 2566 and 2567 pillar scores (PCIO meeting 1/2568, item 3.1) and a 2568 row.
SCORES = {2566: ["43.57", "79.73", "34.70", "39.59", "44.54", "0.00", "40.00"],
          2567: ["91.79", "48.33", "64.18", "72.89", "88.00", "56.00", "81.88"],
          2568: ["50"] * 7}


def _csv(tmp_path):
    lines = ["year,unit,pillar,score"]
    lines += [f"{year},41,{pillar},{score}" for year, scores in SCORES.items()
              for pillar, score in enumerate(scores, start=1)]
    path = tmp_path / "scores.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_the_migration_ships_2566_to_2568_with_dga_weights(db):
    weights = {y.year: [int(p.weight) for p in y.pillars.order_by("number")]
               for y in SurveyYear.objects.all()}
    assert weights == {2566: [15, 10, 20, 30, 10, 10, 5], 2567: [13, 12, 20, 30, 10, 10, 5],
                       2568: [12, 13, 20, 30, 10, 10, 5]}
    year = SurveyYear.objects.get(year=2568)
    assert year.bounds_assumed and year.level_bounds == ["25", "50", "75", "90"]
    assert year.kpi_rule["history_years"] == 2
    assert year.pillars.get(number=4).name_en == "Public Services"


def test_scores_for_every_shipped_year_import_and_summarise(db, tmp_path):
    out = io.StringIO()
    call_command("readiness", "import-scores", _csv(tmp_path), stdout=out)
    assert Score.objects.filter(province__code="41").count() == 21
    summary = io.StringIO()
    call_command("readiness", "summary", "41", "2567", "--json", stdout=summary)
    data = json.loads(summary.getvalue())
    assert data["overall"] == 70.93 and data["level"] == 3
    assert data["change"] == 31.15
