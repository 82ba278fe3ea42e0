from pcio.catalog import search
from pcio.catalog.models import Dataset


def titles(q, **kw):
    found = search.search(Dataset.objects.active(), q, **kw)
    by_id = Dataset.objects.in_bulk(found.ids)
    return [by_id[i].title for i in found.ids], found


def test_a_word_inside_a_longer_thai_title_is_found(make_dataset):
    make_dataset()
    make_dataset(name="trade", title="มูลค่าการค้าชายแดนไทย-ลาว ด่านศุลกากรหนองคาย",
                 tag_string="การค้า", notes="มูลค่าการนำเข้าและส่งออกรายเดือน")
    assert titles("ท่องเที่ยว")[0] == ["จำนวนนักท่องเที่ยวจังหวัดหนองคาย รายเดือน"]
    assert titles("ค้าชายแดน")[0] == ["มูลค่าการค้าชายแดนไทย-ลาว ด่านศุลกากรหนองคาย"]


def test_a_title_match_ranks_above_a_description_match(make_dataset):
    make_dataset(name="a-notes", title="รายงานประจำปี", notes="กล่าวถึงยางพาราเล็กน้อย")
    make_dataset(name="b-title", title="ราคายางพาราหน้าโรงงาน", notes="ราคารายสัปดาห์")
    assert titles("ยางพารา")[0] == ["ราคายางพาราหน้าโรงงาน", "รายงานประจำปี"]


def test_facets_count_the_matching_datasets(make_dataset):
    make_dataset(groups=["economy"])
    make_dataset(name="t2", title="รายได้จากการท่องเที่ยว", owner_org="B", groups=["economy"])
    _, found = titles("ท่องเที่ยว")
    assert found.count == 2
    assert dict(found.facets["organization"]) == {"A": 1, "B": 1}
    assert dict(found.facets["groups"]) == {"economy": 2}


def test_paging_returns_the_next_results(make_dataset):
    for n in range(5):
        make_dataset(name=f"t{n}", title=f"สถิตินักท่องเที่ยวชุดที่ {n}")
    first, found = titles("นักท่องเที่ยว", rows=3)
    second, _ = titles("นักท่องเที่ยว", rows=3, start=3)
    assert found.count == 5 and len(first) == 3 and len(second) == 2
    assert not set(first) & set(second)


def test_deleted_datasets_are_not_found(public_dataset):
    from pcio.catalog import services

    services.delete_dataset(public_dataset)
    assert titles("ท่องเที่ยว")[0] == []


def test_when_few_datasets_hold_every_word_those_holding_some_follow(make_dataset):
    make_dataset(name="both", title="ราคายางพาราในอำเภอท่าบ่อ", notes="ราคา")
    make_dataset(name="one", title="ราคายางพาราทั้งจังหวัด", notes="ราคา")
    found_titles, found = titles("ยางพารา ท่าบ่อ")
    assert found_titles[0] == "ราคายางพาราในอำเภอท่าบ่อ"
    assert "ราคายางพาราทั้งจังหวัด" in found_titles and found.count == 2
