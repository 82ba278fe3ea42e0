"""The DGA readiness survey as pcio ships it: each year's pillars and weights, level bounds and
the OPDC KPI rule. Loaded by migration 0003_survey_years (and later ones when DGA publishes a
new year): see pcio.lib.reference for how a release leaves a province's own edits alone."""

from decimal import Decimal

from pcio.lib.reference import sync
from pcio.readiness import scoring

PILLAR_NAMES = [
    ("แนวนโยบายและหลักปฏิบัติ", "Policies & Practices"),
    ("กระบวนการพัฒนาด้วยข้อมูล", "Data-driven Practices"),
    ("ศักยภาพเจ้าหน้าที่ภาครัฐด้านดิจิทัล", "Digital Capabilities"),
    ("บริการภาครัฐ", "Public Services"),
    ("การบริหารจัดการรูปแบบดิจิทัล", "Smart Back Office"),
    ("โครงสร้างพื้นฐานความมั่นคงปลอดภัยและมีประสิทธิภาพ", "Secure and Efficient Infrastructure"),
    ("เทคโนโลยีดิจิทัลและการนำไปใช้", "Digital Technological Practices"),
]
# Per cent of the overall score, pillars 1 to 7.
WEIGHTS = {
    2566: [15, 10, 20, 30, 10, 10, 5],
    2567: [13, 12, 20, 30, 10, 10, 5],
    2568: [12, 13, 20, 30, 10, 10, 5],
}


def survey_years() -> dict:
    """DGA does not publish its level bounds: they are shipped marked as assumed."""
    return {(year,): {"level_bounds": list(scoring.DEFAULT_BOUNDS), "bounds_assumed": True,
                      "kpi_rule": dict(scoring.DEFAULT_KPI_RULE)} for year in WEIGHTS}


def pillars(weights=WEIGHTS) -> dict:
    """{(year, number): values}; load_survey_years turns the year into its row's id."""
    return {(year, number): {"name_th": name_th, "name_en": name_en,
                             "weight": Decimal(weight).quantize(scoring.CENT)}
            for year, row in weights.items()
            for number, ((name_th, name_en), weight)
            in enumerate(zip(PILLAR_NAMES, row, strict=True), start=1)}


def load_survey_years(apps=None, data=None) -> str:
    """Create the missing survey years and pillars and bring up to date the ones nobody
    changed by hand. `apps`: a migration's historical models (None: the real ones). `data`:
    {"survey_years"|"pillars": rows} instead of the shipped ones (tests)."""
    year_model, pillar_model = _models(apps)
    data = {"survey_years": survey_years(), "pillars": pillars(), **(data or {})}
    years = sync(year_model, data["survey_years"], keys=("year",))
    ids = dict(year_model.objects.values_list("year", "id"))
    rows = {(ids[year], number): values for (year, number), values in data["pillars"].items()}
    weights = sync(pillar_model, rows, keys=("year_id", "number"))
    return f"ปีการสำรวจ: เพิ่ม {years[0]} แก้ {years[1]}, ตัวชี้วัด: เพิ่ม {weights[0]} " \
           f"แก้ {weights[1]} / survey years {years[0]} added, {years[1]} updated; " \
           f"pillars {weights[0]} added, {weights[1]} updated"


def _models(apps):
    if apps is None:
        from pcio.readiness.models import Pillar, SurveyYear

        return SurveyYear, Pillar
    return apps.get_model("readiness", "SurveyYear"), apps.get_model("readiness", "Pillar")


load = load_survey_years  # what pcio.lib.reference.load_all() runs
