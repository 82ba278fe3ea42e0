"""Agency list page and agencies API with 8,000 agencies (a national deployment).

    .venv/bin/python bench/agencies_list.py            # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pcio_bench \
        .venv/bin/python bench/agencies_list.py

Prints p50/p95 per request kind (in-process Django test client: full middleware, ORM and
template rendering, no network) and the query count at two page sizes.
"""

import random

from _setup import database, machine, percentiles, timed
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pcio.agencies.models import Agency, AgencyType, District, Province

N = 8000
TYPES = [AgencyType.SAO] * 6 + [AgencyType.MUNICIPALITY] * 3 + [AgencyType.DISTRICT]
PREFIXES = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง"]
SYLLABLES = ["หนอง", "โพน", "ท่า", "บ้าน", "นา", "ดอน", "เชียง", "ศรี", "คำ", "โคก", "วัง", "ห้วย"]


def fill():
    rng = random.Random(7)
    province = Province.objects.create(code="99", name_th="จังหวัดทดสอบ")
    districts = [District.objects.create(province=province, code=f"99{i:02d}",
                                         name_th=f"อำเภอ{rng.choice(SYLLABLES)}{i}")
                 for i in range(900)]
    Agency.objects.bulk_create([
        Agency(code=f"LAO{i:05d}", type=rng.choice(TYPES), province=province,
               district=rng.choice(districts), sort_name="",
               name_th=rng.choice(PREFIXES) + "".join(rng.choices(SYLLABLES, k=2)) + str(i))
        for i in range(N)
    ], batch_size=1000)
    for agency in Agency.objects.all().iterator(chunk_size=1000):
        agency.save(update_fields=["sort_name"])  # save() computes the Thai sort key
    return districts


def queries(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def main():
    drop = database()
    try:
        districts = fill()
        client = Client()
        district = districts[3].pk
        cases = {
            "list page, type+district": ("/agencies/", {"type": "sao", "district": district}),
            "list page, Thai search, page 3": ("/agencies/", {"q": "หนอง", "page": 3}),
            "list page, no filter, page 100": ("/agencies/", {"page": 100}),
            "API, type filter, page 2": ("/api/v1/agencies/", {"type": "sao", "page": 2}),
            "API, Thai search": ("/api/v1/agencies/", {"q": "โพน"}),
        }
        print(f"{N} agencies; {machine()}")
        for name, (url, params) in cases.items():
            client.get(url, params)  # warm up
            samples = timed(lambda u=url, p=params: client.get(u, p), 100)
            print(f"  {name}: {percentiles(samples)}")
        from django.conf import settings

        for size in (25, 100):
            settings.PCIO_PAGE_SIZE = size
            print(f"  queries per list page at page size {size}: "
                  f"{queries(client, '/agencies/', {'type': 'sao'})}")
    finally:
        drop()


if __name__ == "__main__":
    main()
