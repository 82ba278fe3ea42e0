"""The tables of agenda items 3.1 and 3.2 built from a summary: shown on the province page,
exported as XLSX and embedded in meeting documents. Each is {title, columns, rows, note}."""

from django.utils.translation import gettext as _

from pcio.readiness import chart, results


def fmt(value, signed=False):
    if value is None:
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _level(number):
    return results.level_label(number) or "-"


def _note(result):
    note = _("ที่มา: ผลการสำรวจของ สพร.")
    if result["year"].bounds_assumed:
        bounds = ", ".join(str(b) for b in result["year"].level_bounds)
        note += _(" · เกณฑ์ระดับเป็นข้อสันนิษฐาน (คะแนนขั้นต่ำระดับ 2–5: %(b)s)") % {"b": bounds}
    return note


def comparison(result):
    year = result["year"].year
    columns = [_("ตัวชี้วัด"), _("ปี %(y)s") % {"y": year - 1}, _("ปี %(y)s") % {"y": year},
               _("ผลต่าง"), _("ระดับ"), _("คะแนนจังหวัดอันดับ 1"), _("คะแนนเฉลี่ยจังหวัด")]
    rows = [[f"{_('ตัวชี้วัดที่')} {r['pillar']} {r['name_th']} ({r['name_en']})",
             fmt(r["previous"]), fmt(r["score"]), fmt(r["change"], signed=True),
             _level(r["level"]), fmt(r["top"]), fmt(r["average"])] for r in result["pillars"]]
    title = _("ผลการสำรวจระดับความพร้อมรัฐบาลดิจิทัลของ%(u)s ปี %(y)s") % {
        "u": result["unit"].name, "y": year}
    return {"title": title, "columns": columns, "rows": rows, "note": _note(result)}


def overview(result, previous=None):
    year = result["year"].year
    columns = ["", _("ปี %(y)s") % {"y": year - 1}, _("ปี %(y)s") % {"y": year}]
    before = previous or {}

    def rank(r):
        return f"{r['rank']}/{r['rank_of']}" if r.get("rank") else "-"

    rows = [
        [_("คะแนนรวม"), fmt(before.get("overall")), fmt(result["overall"])],
        [_("ระดับความพร้อม"), _level(before.get("level")), _level(result["level"])],
        [_("คะแนนเฉลี่ยจังหวัด"), fmt(before.get("average")), fmt(result["average"])],
        [_("คะแนนจังหวัดอันดับ 1"), fmt(before.get("top")), fmt(result["top"])],
        [_("อันดับ"), rank(before), rank(result)],
        [_("ตัวชี้วัดระดับ 3 ขึ้นไป"), _count(before), _count(result)],
    ]
    title = _("ภาพรวมคะแนนความพร้อมรัฐบาลดิจิทัลของ%(u)s") % {"u": result["unit"].name}
    return {"title": title, "columns": columns, "rows": rows, "note": _note(result)}


def _count(result):
    count = result.get("pillars_at_level_3_or_above")
    return "-" if count is None else str(count)


def kpi_targets(result):
    """Item 3.2: the next year's two criteria with their targets."""
    rule = result["year"].kpi_rule
    year = result["year"].year
    counts = sorted(rule["count_points"].items(), key=lambda item: int(item[0]))
    targets = result["kpi_targets_next_year"]
    columns = [_("เกณฑ์")] + [_("เป้าหมาย (%(p)s คะแนน)") % {"p": p} for _n, p in counts]
    rows = [
        [_("1) จำนวนตัวชี้วัด (Pillar) ระดับ %(l)s ขึ้นไป · น้ำหนักร้อยละ %(w)s") % {
            "l": rule["pillar_level"], "w": rule["criterion_weight"]}]
        + [_("อย่างน้อย %(n)s ตัวชี้วัด") % {"n": n} for n, _p in counts],
        [_("2) คะแนนความพร้อมรัฐบาลดิจิทัล · น้ำหนักร้อยละ %(w)s") % {
            "w": rule["criterion_weight"]}]
        + ([_("%(s)s คะแนน") % {"s": fmt(t.score)} for t in targets] or ["-"] * len(counts)),
    ]
    offsets = ", ".join(f"{results.target_label(t['name'])} {t['offset']:+g}"
                        for t in rule["targets"])
    note = _("เป้าหมายจากคะแนนที่ดีที่สุดของปี %(a)s–%(b)s (%(o)s); คะแนนระหว่างเป้าหมายคิดตามสัดส่วน "
             "ต่ำกว่าเป้าหมายขั้นต้นได้ %(z)s คะแนน") % {
        "a": year - rule["history_years"] + 1, "b": year, "o": offsets,
        "z": rule["below_basic_points"]}
    title = _("ตัวชี้วัดระดับความพร้อมรัฐบาลดิจิทัล (ก.พ.ร.) ปี %(y)s") % {"y": year + 1}
    return {"title": title, "columns": columns, "rows": rows, "note": note}


def kpi_result(result):
    kpi = result["kpi"]
    if kpi is None:
        return None
    weight = result["year"].kpi_rule["criterion_weight"]
    columns = [_("เกณฑ์"), _("ผล"), _("คะแนน (เต็ม 100)"), _("น้ำหนัก")]
    rows = [
        [_("จำนวน Pillar ระดับ 3 ขึ้นไป"), str(kpi.pillar_count), fmt(kpi.count_points),
         f"{weight}%"],
        [_("คะแนนความพร้อม"), fmt(kpi.score), fmt(kpi.score_points), f"{weight}%"],
        [_("รวม (เต็ม %(w)s)") % {"w": 2 * weight}, "", fmt(kpi.weighted), ""],
    ]
    targets = ", ".join(f"{results.target_label(t.name)} {fmt(t.score)}"
                        for t in result["kpi_targets"])
    title = _("ผลตัวชี้วัด ก.พ.ร. ปี %(y)s") % {"y": result["year"].year}
    return {"title": title, "columns": columns, "rows": rows,
            "note": _("เป้าหมาย: %(t)s") % {"t": targets}}


def radar_svg(result, top_name=None):
    # the pillar's number only: the comparison table beside the chart names each one
    labels = [str(r["pillar"]) for r in result["pillars"]]
    series = [(result["unit"].name, [r["score"] for r in result["pillars"]])]
    if any(r["average"] is not None for r in result["pillars"]):
        series.append((_("ค่าเฉลี่ยจังหวัด"), [r["average"] for r in result["pillars"]]))
    if any(r["top"] is not None for r in result["pillars"]):
        series.append((top_name or _("จังหวัดอันดับ 1"), [r["top"] for r in result["pillars"]]))
    title = _("ความพร้อมรัฐบาลดิจิทัลรายตัวชี้วัด %(u)s ปี %(y)s") % {
        "u": result["unit"].name, "y": result["year"].year}
    return chart.radar(labels, series, title)


def labelled(table):
    """The table with each cell paired with its column name (phones show it as a label)."""
    rows = [list(zip(table["columns"], row, strict=False)) for row in table["rows"]]
    return dict(table, labelled=rows)


def all_tables(unit, year):
    result = results.summary(unit, year)
    if result is None:
        return None, []
    previous = results.summary(unit, year - 1)
    tables = [comparison(result), overview(result, previous), kpi_targets(result)]
    extra = kpi_result(result)
    return result, [labelled(t) for t in tables + ([extra] if extra else [])]
