"""A later migration re-runs the survey loader with DGA's revised figures: a weight nobody
touched follows the release, a weight changed by hand stays, a new year is added."""

from decimal import Decimal as D

from pcio.readiness import reference
from pcio.readiness.models import Pillar, SurveyYear


def _revised():
    weights = {**reference.WEIGHTS, 2567: [14, 11, 20, 30, 10, 10, 5],
               2569: [10, 15, 20, 30, 10, 10, 5]}
    years = reference.survey_years()
    years[(2569,)] = years[(2568,)]
    return {"survey_years": years, "pillars": reference.pillars(weights)}


def _weight(year, number):
    return Pillar.objects.get(year__year=year, number=number).weight


def test_a_hand_edit_survives_and_untouched_weights_follow_the_release(db):
    Pillar.objects.filter(year__year=2567, number=1).update(weight=D("13.50"))
    reference.load_survey_years(data=_revised())
    assert _weight(2567, 1) == D("13.50")
    assert _weight(2567, 2) == D("11.00")
    assert [int(p.weight) for p in Pillar.objects.filter(year__year=2569)] == \
        [10, 15, 20, 30, 10, 10, 5]


def test_bounds_a_province_set_are_kept_and_a_second_run_changes_nothing(db):
    SurveyYear.objects.filter(year=2568).update(level_bounds=["30", "50", "75", "90"])
    years = {key: {**values, "bounds_assumed": False}  # DGA published its bounds
             for key, values in reference.survey_years().items()}
    reference.load_survey_years(data={"survey_years": years})
    edited, untouched = SurveyYear.objects.get(year=2568), SurveyYear.objects.get(year=2567)
    assert edited.level_bounds[0] == "30" and edited.bounds_assumed
    assert not untouched.bounds_assumed
    again = reference.load_survey_years(data={"survey_years": years})
    assert again.endswith("survey years 0 added, 0 updated; pillars 0 added, 0 updated")
