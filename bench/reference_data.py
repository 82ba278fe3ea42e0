"""What the shipped reference data adds to every new database (and so to each test run).

    .venv/bin/python bench/reference_data.py
    DATABASE_URL=postgres://... .venv/bin/python bench/reference_data.py

Prints the time to create the test database (all migrations, reference data included) and
each loader's time into empty tables (first install) and over loaded ones (a later
migration re-running it: nothing to change).
"""

import time

from _setup import database, machine
from django.db import transaction

from pcio.agencies.models import District, Province, Subdistrict
from pcio.agencies.reference import load_geography
from pcio.catalog.reference import load_groups
from pcio.readiness.models import SurveyYear
from pcio.readiness.reference import load_survey_years


def seconds(fn):
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def empty_then_load():
    with transaction.atomic():
        SurveyYear.objects.all().delete()
        for model in (Subdistrict, District, Province):
            model.objects.all().delete()
        first = seconds(lambda: (load_geography(), load_survey_years(), load_groups()))
        transaction.set_rollback(True)
    return first


def main():
    started = time.perf_counter()
    drop = database()
    print(machine())
    print(f"test database with every migration: {time.perf_counter() - started:.2f} s")
    print(f"reference data into empty tables: {empty_then_load():.2f} s "
          f"({Province.objects.count()} provinces, {District.objects.count()} districts, "
          f"{Subdistrict.objects.count()} subdistricts)")
    again = seconds(lambda: (load_geography(), load_survey_years(), load_groups()))
    print(f"re-run over loaded tables (a later migration, nothing changed): {again:.2f} s")
    drop()


if __name__ == "__main__":
    main()
