"""A later migration re-runs the geography loader with newer data: rows nobody touched follow
it, a row a province edited keeps the edit, and missing rows come back."""

from pcio.agencies import reference
from pcio.agencies.models import District, Province, Subdistrict


def _release_renaming(*codes):
    rows = reference.provinces()
    for code in codes:
        rows[(code,)] = {**rows[(code,)], "name_en": f"{rows[(code,)]['name_en']} (new)"}
    return {"provinces": rows}


def test_a_hand_edit_survives_and_an_untouched_row_follows_the_release(db):
    edited = Province.objects.get(code="43")
    edited.name_en = "Nongkhai (our spelling)"
    edited.save()
    reference.load_geography(data=_release_renaming("43", "41"))
    assert Province.objects.get(code="43").name_en == "Nongkhai (our spelling)"
    assert Province.objects.get(code="41").name_en == "Udon Thani (new)"


def test_a_row_edited_back_to_the_shipped_values_follows_releases_again(db):
    province = Province.objects.get(code="43")
    province.name_en = "Nong Khai"
    province.save()
    reference.load_geography(data=_release_renaming("43"))
    assert Province.objects.get(code="43").name_en == "Nong Khai (new)"


def test_missing_rows_are_created_and_a_second_run_changes_nothing(db):
    mueang = Subdistrict.objects.filter(district__code="4301")
    count = mueang.count()
    mueang.delete()
    assert reference.load_geography().endswith(f"{count} added, 0 updated")
    assert mueang.count() == count
    assert reference.load_geography().endswith("0 added, 0 updated")


def test_a_row_made_by_hand_before_the_release_is_adopted_only_if_it_agrees(db):
    District.objects.filter(code="4301").update(shipped={})
    District.objects.filter(code="4302").update(shipped={}, name_th="ท่าบ่อ (เดิม)")
    reference.load_geography()
    assert District.objects.get(code="4301").shipped["name_th"] == "เมืองหนองคาย"
    reference.load_geography(data={"districts": {
        **reference.districts(), ("4302",): {"name_th": "ท่าบ่อใหม่", "name_en": "Tha Bo"}}})
    assert District.objects.get(code="4302").name_th == "ท่าบ่อ (เดิม)"


def test_the_migration_itself_keeps_hand_edits_and_restores_missing_rows(migrate):
    apps = migrate(("agencies", "0002_subdistricts_and_shipped_values"))
    reference.load_geography(apps)  # as an earlier release did (a transactional test empties)
    apps.get_model("agencies", "Province").objects.filter(code="43").update(name_th="หนองคาย!")
    apps.get_model("agencies", "Subdistrict").objects.filter(code="840503").delete()
    migrate(("agencies", "0003_geography"))
    assert Province.objects.get(code="43").name_th == "หนองคาย!"
    assert Subdistrict.objects.get(code="840503").name_th == "เกาะเต่า"
