"""Synthetic national data for tests and bench/: many provinces, questions and answers.
Names say "ทดสอบ" (test) so they can never be mistaken for real results."""

import datetime
import random
from decimal import Decimal

from pcio.agencies.models import Agency, Province
from pcio.lib.thai import sort_key
from pcio.readiness.models import Assignment, Kind, Question, Score, Status


def add_provinces(years: dict, count: int, seed=1):
    """`count` test provinces with a score for every pillar of every given year."""
    rng = random.Random(seed)
    provinces = Province.objects.bulk_create([
        Province(code=f"T{seed}-{n:03d}", name_th=f"จังหวัดทดสอบ {seed}-{n}",
                 sort_name=sort_key(f"ทดสอบ {seed}-{n}"))
        for n in range(count)])
    Score.objects.bulk_create([
        Score(year=year, province=province, pillar=pillar,
              score=Decimal(rng.randint(0, 10000)) / 100)
        for year in years.values() for province in provinces for pillar in range(1, 8)])
    return provinces


def add_assignments(survey_year, count: int, agencies: int = 50, seed=1):
    """`count` questions, each assigned to one of `agencies` test agencies, in every status."""
    rng = random.Random(seed)
    made = Agency.objects.bulk_create([
        Agency(code=f"TA{n:03d}", name_th=f"หน่วยงานทดสอบ {n}", type="provincial",
               sort_name=sort_key(f"หน่วยงานทดสอบ {n}")) for n in range(agencies)])
    questions = Question.objects.bulk_create([
        Question(year=survey_year, code=f"T{n:05d}", pillar=1 + n % 7, kind=Kind.YES_NO,
                 text=f"คำถามทดสอบ {n}", points={"ใช่": 10, "ไม่ใช่": 0})
        for n in range(count)])
    due = datetime.date(2025, 5, 30)
    statuses = list(Status.values)
    assignments = [
        Assignment(question=q, agency=made[n % agencies], due=due,
                   status=statuses[n % len(statuses)], answer=rng.choice(["ใช่", "ไม่ใช่"]))
        for n, q in enumerate(questions)]
    for assignment in assignments:
        if assignment.status == Status.ACCEPTED:
            assignment.score_answer()
    Assignment.objects.bulk_create(assignments)
    return made
