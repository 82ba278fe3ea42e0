"""Without a province, the superuser's home page links to the first-run page, which does what
`pcio setup --province` does; the secretariat edits the profile afterwards."""

from django.urls import reverse

from pcio.agencies.models import Agency, Province
from pcio.front import installation


def test_the_home_page_asks_the_superuser_to_set_up_until_it_is_done(client, secretariat):
    client.force_login(secretariat)
    assert reverse("first_run") in client.get(reverse("home")).content.decode()
    province = Province.objects.get(code="41")
    response = client.post(reverse("first_run"), {"province": province.pk})
    assert response.status_code == 302
    assert installation.name() == "จังหวัดอุดรธานี"
    assert Agency.objects.filter(type="district", province=province).count() == 20
    home = client.get(reverse("home")).content.decode()
    assert reverse("first_run") not in home and "จังหวัดอุดรธานี" in home


def test_running_the_page_twice_adds_nothing(client, secretariat):
    client.force_login(secretariat)
    province = Province.objects.get(code="41")
    client.post(reverse("first_run"), {"province": province.pk})
    count = Agency.objects.count()
    response = client.post(reverse("first_run"), {"province": province.pk}, follow=True)
    assert Agency.objects.count() == count
    assert "ไม่มีการเปลี่ยนแปลง" in response.content.decode()


def test_an_officer_may_neither_set_up_nor_edit_the_profile(client, officer_a):
    client.force_login(officer_a)
    assert client.get(reverse("first_run")).status_code == 403
    assert client.post(reverse("first_run"), {"province": 1}).status_code == 403
    assert client.get(reverse("province_profile")).status_code == 403
    assert not installation.is_set()
