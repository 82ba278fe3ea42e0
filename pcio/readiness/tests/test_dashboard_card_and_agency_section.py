from django.urls import reverse

from pcio.readiness.models import Reported


def test_the_home_card_shows_the_latest_published_overall_score(client, years):
    html = client.get("/").content.decode()
    assert reverse("readiness") in html and "70.93" in html and "7/76" in html


def test_the_agency_page_tells_its_officer_how_many_questions_are_open(client, question_a,
                                                                       officer_a, agency_a):
    client.force_login(officer_a)
    html = client.get(agency_a.get_absolute_url()).content.decode()
    assert "ได้รับมอบหมาย 1 ข้อ ค้างตอบ 1 ข้อ" in html


def test_the_agency_page_shows_the_public_nothing_of_the_survey(client, question_a, agency_a):
    assert "ได้รับมอบหมาย" not in client.get(agency_a.get_absolute_url()).content.decode()


def test_the_index_lists_the_result_years(client, years):
    assert Reported.objects.exists()
    html = client.get(reverse("readiness")).content.decode()
    assert reverse("readiness_unit", args=["p", "43", 2567]) in html
