"""Tables the meetings app embeds in agenda documents (parameters: unit, year).

unit is a province or agency code or name (default: this installation's province);
year is the Buddhist-era survey year (default: the latest year with results).
"""


from pcio.front import installation
from pcio.readiness import results, tables
from pcio.readiness.models import Score


def _summary(unit=None, year=None):
    found = results.find_unit(unit or installation.province_code())
    if found is None:
        raise ValueError(f"ไม่พบจังหวัดหรือหน่วยงาน {unit!r}")
    if year is None:
        latest = Score.objects.filter(**found.lookup()).order_by("-year__year") \
            .values_list("year__year", flat=True).first()
        year = latest or 0
    result = results.summary(found, int(year))
    if result is None:
        raise ValueError(f"ยังไม่มีปีการสำรวจ {year}")
    return found, result


def comparison(unit=None, year=None, **_):
    return tables.comparison(_summary(unit, year)[1])


def overview(unit=None, year=None, **_):
    found, result = _summary(unit, year)
    return tables.overview(result, results.summary(found, result["year"].year - 1))


def kpi_targets(unit=None, year=None, **_):
    return tables.kpi_targets(_summary(unit, year)[1])


EMBEDS = {"comparison": comparison, "overview": overview, "kpi_targets": kpi_targets}
