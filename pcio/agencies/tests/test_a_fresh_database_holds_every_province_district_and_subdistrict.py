"""The migration loads Thailand's geography from geothai: no demo needed."""

import geothai

from pcio.agencies.models import District, Province, Subdistrict
from pcio.lib.thai import sort_key

NONG_KHAI = ["4301", "4302", "4305", "4307", "4308", "4314", "4315", "4316", "4317"]


def test_every_province_district_and_subdistrict_is_there_with_its_official_code(db):
    assert Province.objects.count() == 77
    assert District.objects.count() == 928
    assert Subdistrict.objects.count() == 7436
    assert set(Subdistrict.objects.values_list("code", flat=True)) == {
        s.code for p in geothai.provinces() for d in geothai.districts(p.code)
        for s in geothai.subdistricts(d.code)}


def test_districts_and_subdistricts_hang_under_their_province(db):
    nong_khai = Province.objects.get(code="43")
    assert nong_khai.name_th == "หนองคาย" and nong_khai.name_en == "Nong Khai"
    assert sorted(nong_khai.districts.values_list("code", flat=True)) == NONG_KHAI
    assert Province.objects.get(code="41").districts.count() == 20


def test_a_subdistrict_has_its_postal_codes(db):
    ko_tao = Subdistrict.objects.get(code="840503")
    assert (ko_tao.name_th, ko_tao.district.code, ko_tao.postal_codes) == \
        ("เกาะเต่า", "8405", "84360")


def test_names_sort_in_thai_dictionary_order(db):
    district = District.objects.get(code="4301")
    assert district.sort_name == sort_key("เมืองหนองคาย")
    names = list(Province.objects.values_list("name_th", flat=True)[:2])
    assert names == ["กระบี่", "กรุงเทพมหานคร"]
