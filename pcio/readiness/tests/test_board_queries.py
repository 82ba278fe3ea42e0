from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pcio.agencies.models import Agency
from pcio.readiness.models import Question
from pcio.readiness.synthetic import add_assignments


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_board_needs_the_same_number_of_queries_for_30_or_600_assignments(
        client, year_2568, secretariat):
    client.force_login(secretariat)
    url = reverse("readiness_board", args=[2568])
    add_assignments(year_2568, 30, agencies=3, seed=1)
    few = _queries(client, url)
    Question.objects.filter(year=year_2568).delete()
    Agency.objects.filter(code__startswith="TA").delete()
    add_assignments(year_2568, 600, agencies=40, seed=1)
    assert _queries(client, url) == few
    assert "หน่วยงานทดสอบ 39" in client.get(url).content.decode()
