from pcio.agencies import demo as agencies_demo
from pcio.readiness import demo, results
from pcio.readiness.models import Assignment, Question, Score


def test_the_demo_loads_twice_without_duplicates_and_gives_the_seed_figures(db):
    agencies_demo.load()
    demo.load()
    counts = (Score.objects.count(), Question.objects.count(), Assignment.objects.count())
    demo.load()
    assert (Score.objects.count(), Question.objects.count(),
            Assignment.objects.count()) == counts == (14, 8, 8)
    result = results.summary(results.find_unit("43"), 2567)
    assert (str(result["overall"]), result["rank"], result["rank_of"]) == ("70.93", 7, 76)


def test_the_sample_questions_are_marked_as_samples(db):
    agencies_demo.load()
    demo.load()
    assert all(q.is_sample and q.text.startswith("[ตัวอย่าง]") for q in Question.objects.all())
    codes = set(Assignment.objects.values_list("agency__code", flat=True))
    assert codes == {"PO-NK", "NSO-NK", "PAO-NK", "DIST-4301"}
