"""Average, top province and rank computed from imported results, checked against DGA's."""

import io
from decimal import Decimal as D

from django.core.management import call_command

from pcio.agencies.models import Province
from pcio.readiness import results
from pcio.readiness.models import Benchmark, Reported


def _import_two_more_provinces(tmp_path):
    Province.objects.get_or_create(code="10", defaults={"name_th": "กรุงเทพมหานคร"})
    Province.objects.get_or_create(code="11", defaults={"name_th": "สมุทรปราการ"})
    lines = ["year,unit,pillar,score"]
    lines += [f"2567,10,{p},80" for p in range(1, 8)]
    lines += [f"2567,สมุทรปราการ,{p},20" for p in range(1, 8)]
    path = tmp_path / "all.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    call_command("readiness", "import-scores", str(path), stdout=io.StringIO())


def _summary():
    return results.summary(results.find_unit("43"), 2567)


def test_without_announced_figures_the_computed_ones_are_shown(years, tmp_path):
    Benchmark.objects.filter(year__year=2567).delete()
    Reported.objects.filter(year__year=2567).delete()
    _import_two_more_provinces(tmp_path)
    result = _summary()
    assert result["average"] == D("56.98")  # (70.93 + 80 + 20) / 3
    assert result["top"] == D("80.00")
    assert (result["rank"], result["rank_of"]) == (2, 3)
    assert result["pillars"][0]["average"] == D("63.93")  # (91.79 + 80 + 20) / 3
    # The top province's own pillar score, not the best score of each pillar.
    assert result["pillars"][0]["top"] == D("80.00")
    assert result["checks"] == []


def test_computed_figures_that_disagree_with_the_announced_ones_are_flagged(years, tmp_path):
    _import_two_more_provinces(tmp_path)
    checks = _summary()["checks"]
    assert "อันดับที่คำนวณได้ 2 ไม่ตรงกับที่ประกาศ 7" in checks
    assert "ค่าเฉลี่ย คะแนนรวม ที่คำนวณได้ 56.98 ไม่ตรงกับที่ประกาศ 53.81" in checks


def test_figures_that_agree_are_not_flagged(years, tmp_path):
    _import_two_more_provinces(tmp_path)
    Reported.objects.filter(year__year=2567).update(rank=2, rank_of=3)
    Benchmark.objects.filter(year__year=2567).delete()
    Benchmark.objects.create(year=years[2567], pillar=0, average=D("56.98"), top=D("80.00"))
    assert _summary()["checks"] == []


def test_a_wrong_announced_overall_is_flagged(years):
    Reported.objects.filter(year__year=2567).update(overall=D("70.94"))
    assert _summary()["checks"] == ["คะแนนรวมที่คำนวณได้ 70.93 ไม่ตรงกับที่ประกาศ 70.94"]
