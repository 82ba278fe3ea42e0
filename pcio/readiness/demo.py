"""Nong Khai's readiness results from agenda items 3.1, 3.2 and 4.1 of PCIO meeting 1/2568,
and a short sample question bank (written for the demo, not DGA's text) assigned to the demo
agencies."""

import datetime
from decimal import Decimal as D

from pcio.agencies.models import Agency, Province
from pcio.readiness.models import (
    Assignment,
    Benchmark,
    Kind,
    Question,
    Reported,
    Score,
    SurveyYear,
)
from pcio.readiness.reference import WEIGHTS, load_survey_years

# Nong Khai's pillar scores (item 3.1).
SCORES = {
    2566: ["43.57", "79.73", "34.70", "39.59", "44.54", "0.00", "40.00"],
    2567: ["91.79", "48.33", "64.18", "72.89", "88.00", "56.00", "81.88"],
}
# (overall announced, rank, of) and per pillar 0 (overall)..7: (average, top province)
REPORTED = {2566: ("39.78", 50, 76), 2567: ("70.93", 7, 76)}
BENCHMARKS = {
    2566: {0: ("44.88", "72.63")},
    2567: {0: ("53.81", "78.91"), 1: ("55.86", "95.38"), 2: ("44.22", "93.33"),
           3: ("52.64", "74.93"), 4: ("55.49", "61.75"), 5: ("59.09", "97.00"),
           6: ("53.05", "81.00"), 7: ("57.04", "80.00")},
}
WINDOW = (datetime.date(2025, 5, 6), datetime.date(2025, 5, 30))  # 6-30 May 2568
# code, pillar, kind, text, choices, points, guidance, responsible, supporting
SAMPLE_QUESTIONS = [
    ("1.1", 1, Kind.YES_NO, "จังหวัดมีแผนพัฒนาดิจิทัลที่ผ่านความเห็นชอบของคณะกรรมการ PCIO หรือไม่",
     "", {"ใช่": 10, "ไม่ใช่": 0}, "แนบแผนและมติที่ประชุม", "PO-NK", []),
    ("1.2", 1, Kind.FILE, "หลักฐานการประกาศนโยบายธรรมาภิบาลข้อมูลของจังหวัด", "",
     {"มีหลักฐาน": 10}, "คำสั่งหรือประกาศที่ลงนามแล้ว", "NSO-NK", ["PO-NK"]),
    ("2.1", 2, Kind.MULTIPLE, "จังหวัดเปิดเผยชุดข้อมูลใดบนระบบบัญชีข้อมูลแล้วบ้าง",
     "ข้อมูลประชากร\nข้อมูลการท่องเที่ยว\nข้อมูลการเกษตร\nข้อมูลการค้าชายแดน",
     {"ข้อมูลประชากร": 2.5, "ข้อมูลการท่องเที่ยว": 2.5, "ข้อมูลการเกษตร": 2.5,
      "ข้อมูลการค้าชายแดน": 2.5}, "ตอบตามชุดข้อมูลที่เผยแพร่จริง", "NSO-NK", []),
    ("3.1", 3, Kind.NUMBER, "จำนวนบุคลากรที่ผ่านการอบรมทักษะดิจิทัลในปีนี้ (คน)", "", {},
     "นับเฉพาะหลักสูตรที่มีใบรับรอง", "PO-NK", ["DIST-4301"]),
    ("4.1", 4, Kind.SINGLE, "บริการประชาชนของหน่วยงานให้บริการออนไลน์ได้ในระดับใด",
     "ยังไม่มี\nบางส่วน\nครบทุกขั้นตอน", {"ยังไม่มี": 0, "บางส่วน": 5, "ครบทุกขั้นตอน": 10},
     "", "PAO-NK", []),
    ("4.2", 4, Kind.YES_NO, "ที่ว่าการอำเภอรับคำขอผ่านระบบออนไลน์หรือไม่", "",
     {"ใช่": 10, "ไม่ใช่": 0}, "", "DIST-4301", []),
    ("5.1", 5, Kind.YES_NO, "หน่วยงานใช้ระบบสารบรรณอิเล็กทรอนิกส์ครบทุกฝ่ายหรือไม่", "",
     {"ใช่": 10, "ไม่ใช่": 0}, "", "PO-NK", ["PAO-NK"]),
    ("6.1", 6, Kind.TEXT, "อธิบายมาตรการสำรองข้อมูลและกู้คืนระบบของหน่วยงาน", "", {},
     "ระบุความถี่ในการสำรองข้อมูล", "PAO-NK", []),
]


def load():
    if SurveyYear.objects.filter(year__in=WEIGHTS).count() < len(WEIGHTS):
        load_survey_years()  # the migration did; a transactional test may have emptied them
    years = [_year(y) for y in WEIGHTS]
    province = Province.objects.filter(code="43").first()
    if province:
        for year, scores in SCORES.items():
            _scores(province, years[list(WEIGHTS).index(year)], scores)
    _questions(SurveyYear.objects.get(year=2568))
    count = Question.objects.filter(year__year=2568, is_sample=True).count()
    return f"{len(years)} ปีการสำรวจ, คะแนนหนองคาย 2566–2567, คำถามตัวอย่าง {count} ข้อ"


def _year(year):
    """The year, its pillars and weights are reference data; the demo adds Nong Khai's survey
    window, which results are public and the benchmarks announced at the meeting."""
    survey_year = SurveyYear.objects.get(year=year)
    window = WINDOW if year == 2568 else (None, None)
    if (survey_year.results_published, survey_year.opens, survey_year.closes) != \
            (year < 2568, *window):
        survey_year.results_published = year < 2568
        survey_year.opens, survey_year.closes = window
        survey_year.save()
    for pillar, (average, top) in BENCHMARKS.get(year, {}).items():
        Benchmark.objects.update_or_create(year=survey_year, pillar=pillar,
                                           defaults={"average": D(average), "top": D(top)})
    return survey_year


def _scores(province, survey_year, scores):
    for pillar, score in enumerate(scores, start=1):
        Score.objects.update_or_create(year=survey_year, province=province, pillar=pillar,
                                       defaults={"score": D(score)})
    overall, rank, rank_of = REPORTED[survey_year.year]
    Reported.objects.update_or_create(year=survey_year, province=province, defaults={
        "overall": D(overall), "rank": rank, "rank_of": rank_of})


def _questions(survey_year):
    agencies = {a.code: a for a in Agency.objects.filter(code__in=_agency_codes())}
    for code, pillar, kind, text, choices, points, guidance, owner, helpers in SAMPLE_QUESTIONS:
        question, _ = Question.objects.update_or_create(year=survey_year, code=code, defaults={
            "pillar": pillar, "kind": kind, "text": f"[ตัวอย่าง] {text}", "choices": choices,
            "points": points, "guidance": guidance, "is_sample": True})
        if owner in agencies and not hasattr(question, "assignment"):
            assignment = Assignment.objects.create(question=question, agency=agencies[owner],
                                                   due=WINDOW[1])
            assignment.supporting.set([agencies[h] for h in helpers if h in agencies])


def _agency_codes():
    return {q[7] for q in SAMPLE_QUESTIONS} | {h for q in SAMPLE_QUESTIONS for h in q[8]}
