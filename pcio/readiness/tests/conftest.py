import datetime

import pytest

from pcio.readiness import demo, reference
from pcio.readiness.models import Assignment, Kind, Question, SurveyYear


@pytest.fixture(autouse=True)
def _home_province(settings):
    """These tests read Nong Khai (the demo's province, "43") as the installation's own: a
    fresh install has none (PCIO_PROVINCE is empty by default)."""
    settings.PROVINCE_CODE = "43"


@pytest.fixture
def years(province):
    """The weights of 2566-2568 and Nong Khai's 2566-2567 results, as in the seed."""
    if SurveyYear.objects.count() < len(reference.WEIGHTS):
        reference.load_survey_years()  # emptied by a transactional test
    for year in reference.WEIGHTS:
        demo._year(year)
    for year, scores in demo.SCORES.items():
        demo._scores(province, SurveyYear.objects.get(year=year), scores)
    return {y.year: y for y in SurveyYear.objects.all()}


@pytest.fixture
def year_2568(years):
    return years[2568]


@pytest.fixture
def make_question(year_2568):
    def make(code, pillar=1, kind=Kind.YES_NO, points=None, **fields):
        return Question.objects.create(
            year=year_2568, code=code, pillar=pillar, kind=kind, text=f"คำถาม {code}",
            points={"ใช่": 10, "ไม่ใช่": 0} if points is None else points, **fields)
    return make


@pytest.fixture
def due():
    return datetime.date(2025, 5, 30)


@pytest.fixture
def question_a(make_question, agency_a, due):
    question = make_question("1.1")
    Assignment.objects.create(question=question, agency=agency_a, due=due)
    return question


@pytest.fixture
def question_b(make_question, agency_b, due):
    question = make_question("4.1", pillar=4)
    Assignment.objects.create(question=question, agency=agency_b, due=due)
    return question

