from pcio.webwatch.embeds import EMBEDS
from pcio.webwatch.models import Site


def test_the_board_embed_lists_infected_sites_and_counts_every_status(agency_a, agency_b,
                                                                      make_infected):
    make_infected(agency_a, "https://bad.example.go.th/")
    Site.objects.create(agency=agency_b, url="https://good.example.go.th/", status="clean")
    table = EMBEDS["board"]()
    assert table["columns"] == ["ลำดับ", "หน่วยงาน", "เว็บไซต์", "พบตั้งแต่"]
    assert [row[:3] for row in table["rows"]] == [
        [1, agency_a.name_th, "https://bad.example.go.th/"]]
    assert "ปกติ 1" in table["note"] and "พบการฝังเว็บพนัน 1" in table["note"]
    counts = EMBEDS["board"](view="counts")
    assert dict(counts["rows"]) == {"ปกติ": 1, "พบการฝังเว็บพนัน": 1, "เข้าไม่ได้": 0,
                                    "ยังไม่ตรวจ": 0}
