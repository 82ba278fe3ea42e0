"""Readiness spreadsheets: pillar scores, the question bank, and assignments (all-or-nothing)."""

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from pcio.agencies.models import Agency, Province
from pcio.lib import importer
from pcio.lib.importer import Result, Row, RowError
from pcio.lib.thai import parse_thai_date
from pcio.readiness.models import Assignment, Event, Kind, Question, Score, SurveyYear
from pcio.readiness.scoring import round2

SCORE_COLUMNS = ["year", "unit", "pillar", "score"]
QUESTION_COLUMNS = ["code", "pillar", "kind", "text", "choices", "points", "guidance",
                    "is_sample"]
ASSIGNMENT_COLUMNS = ["question", "agency", "supporting", "due"]


def _year(row, years):
    value = importer.number(row, "year")
    if value != int(value) or int(value) not in years:
        raise RowError(_("ปี %(year)r ยังไม่มีน้ำหนักตัวชี้วัด (ตั้งค่าปีการสำรวจก่อน)")
                       % {"year": row.values.get("year")})
    return years[int(value)]


class UnitIndex:
    """Provinces and agencies by code, Thai name or English name."""

    def __init__(self):
        self.units = {}
        for model, key in ((Agency, "agency"), (Province, "province")):
            for obj in model.objects.all():
                for name in (obj.code, obj.name_th, obj.name_en.lower()):
                    if name:
                        self.units[name] = (key, obj)

    def find(self, value):
        found = self.units.get(value) or self.units.get(value.lower())
        if not found:
            raise RowError(_("ไม่พบจังหวัดหรือหน่วยงาน %(name)r") % {"name": value})
        return found


@dataclass
class ParsedScore:
    year: SurveyYear
    unit: tuple
    pillar: int
    score: Decimal

    def key(self):
        return (self.year.year, self.unit[0], self.unit[1].pk, self.pillar)


class ScoreImporter(importer.RowImporter):
    required = tuple(SCORE_COLUMNS)

    def __init__(self):
        self.years = {y.year: y for y in SurveyYear.objects.all()}
        self.units = UnitIndex()

    def parse(self, row: Row) -> ParsedScore:
        errors, values = [], {}
        readers = {
            "year": lambda: _year(row, self.years),
            "unit": lambda: self.units.find(importer.text(row, "unit", required=True)),
            "pillar": lambda: self._pillar(row),
            "score": lambda: round2(importer.number(row, "score", low=0, high=100)),
        }
        for name, read in readers.items():
            try:
                values[name] = read()
            except RowError as exc:
                errors.append(str(exc))
        if errors:
            raise RowError("; ".join(errors))
        return ParsedScore(**values)

    @staticmethod
    def _pillar(row):
        value = importer.number(row, "pillar")
        if value != int(value) or not 1 <= value <= 7:
            raise RowError(_("ตัวชี้วัดต้องเป็น 1–7: %(value)r") % {"value": row.values.get("pillar")})
        return int(value)

    def check(self, parsed):
        return importer.duplicates(parsed, ParsedScore.key, _("คะแนน (ปี, หน่วย, ตัวชี้วัด)"))

    def apply(self, parsed) -> Result:
        result = Result()
        for _line, item in parsed:
            lookup = {item.unit[0]: item.unit[1], "year": item.year, "pillar": item.pillar}
            current = Score.objects.filter(**lookup).first()
            if current is None:
                Score.objects.create(score=item.score, **lookup)
                result.created += 1
            elif current.score != item.score:
                current.score = item.score
                current.save()
                result.updated += 1
            else:
                result.unchanged += 1
        return result


def parse_points(text) -> dict:
    """'ใช่=10; ไม่ใช่=0' -> {'ใช่': 10, 'ไม่ใช่': 0}."""
    points = {}
    for part in str(text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        label, sep, value = part.rpartition("=")
        try:
            if not sep or not label.strip():
                raise InvalidOperation
            points[label.strip()] = float(Decimal(value.strip()))
        except InvalidOperation:
            raise RowError(_("คะแนนต่อคำตอบต้องเขียนแบบ คำตอบ=คะแนน: %(value)r")
                           % {"value": part.strip()}) from None
    return points


def format_points(points: dict, order=()) -> str:
    """In the order of the choices: PostgreSQL's jsonb does not keep the keys' order."""
    keys = [k for k in order if k in points] + sorted(k for k in points if k not in order)
    return "; ".join(f"{k}={points[k]:g}" for k in keys)


class QuestionImporter(importer.RowImporter):
    required = ("code", "pillar", "kind", "text")
    optional = ("choices", "points", "guidance", "is_sample")

    def __init__(self, survey_year):
        self.year = survey_year

    def parse(self, row: Row) -> dict:
        kind = importer.text(row, "kind", required=True)
        labels = {str(label): value for value, label in Kind.choices}
        if kind not in Kind.values and kind not in labels:
            raise RowError(_("ไม่รู้จักประเภทคำตอบ %(kind)r (ใช้ %(kinds)s)")
                           % {"kind": kind, "kinds": ", ".join(Kind.values)})
        return {
            "code": importer.text(row, "code", required=True, max_length=30),
            "pillar": ScoreImporter._pillar(row),
            "kind": labels.get(kind, kind),
            "text": importer.text(row, "text", required=True),
            "choices": importer.text(row, "choices").replace(" | ", "\n").replace("|", "\n"),
            "points": parse_points(importer.text(row, "points")),
            "guidance": importer.text(row, "guidance"),
            "is_sample": importer.boolean(row, "is_sample"),
        }

    def check(self, parsed):
        return importer.duplicates(parsed, lambda q: q["code"], _("รหัสข้อ"))

    def apply(self, parsed) -> Result:
        result = Result()
        existing = {q.code: q for q in Question.objects.filter(year=self.year)}
        for _line, values in parsed:
            question = existing.get(values["code"]) or Question(year=self.year)
            created = question.pk is None
            if importer.update_fields(question, values):
                question.save()
                result.created += created
                result.updated += not created
            else:
                result.unchanged += 1
        return result


def question_rows(survey_year):
    for q in Question.objects.filter(year=survey_year):
        yield [q.code, q.pillar, q.kind, q.text, " | ".join(q.choices.splitlines()),
               format_points(q.points, q.choice_list()), q.guidance, "1" if q.is_sample else "0"]


class AssignmentImporter(importer.RowImporter):
    required = ("question", "agency", "due")
    optional = ("supporting",)

    def __init__(self, survey_year, actor=None):
        self.year, self.actor = survey_year, actor
        self.questions = {q.code: q for q in Question.objects.filter(year=survey_year)}
        self.agencies = {a.code: a for a in Agency.objects.all()}

    def parse(self, row: Row) -> dict:
        code = importer.text(row, "question", required=True)
        if code not in self.questions:
            raise RowError(_("ไม่พบข้อคำถาม %(code)r ในปี %(year)s")
                           % {"code": code, "year": self.year.year})
        supporting = importer.text(row, "supporting").replace(",", " ").split()
        return {"question": self.questions[code],
                "agency": self._agency(importer.text(row, "agency", required=True)),
                "supporting": [self._agency(c) for c in supporting],
                "due": _date(row.values.get("due"))}

    def _agency(self, code):
        if code not in self.agencies:
            raise RowError(_("ไม่พบหน่วยงานรหัส %(code)r") % {"code": code})
        return self.agencies[code]

    def check(self, parsed):
        return importer.duplicates(parsed, lambda a: a["question"].code, _("ข้อคำถาม"))

    def apply(self, parsed) -> Result:
        result = Result()
        for _line, item in parsed:
            _assignment, created = assign(item["question"], item["agency"],
                                          item["supporting"], item["due"], self.actor)
            result.created += created
            result.updated += not created
        return result


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return parse_thai_date(str(value or ""))
    except ValueError:
        raise RowError(_("วันที่ไม่ถูกต้อง: %(value)r (เช่น 30/05/2568)") % {"value": value}) from None


def assign(question, agency, supporting, due, actor=None):
    """Give a question to an agency (or move it to another); the answer so far is kept."""
    assignment = Assignment.objects.filter(question=question).first()
    created = assignment is None
    if created:
        assignment = Assignment(question=question)
    assignment.agency, assignment.due = agency, due
    assignment.save()
    assignment.supporting.set(supporting)
    Event.objects.create(assignment=assignment, actor=actor, action=Event.Action.ASSIGNED,
                         comment=agency.code)
    return assignment, created
