"""Demo data from the seed loads twice without change; embeds give tables for meetings."""

from datetime import date

from pcio.agencies import demo as agencies_demo
from pcio.compliance import demo
from pcio.compliance.embeds import EMBEDS
from pcio.compliance.models import Channel, Letter, Record


def test_the_demo_loads_the_seeds_letters_and_workd_and_is_idempotent(db):
    agencies_demo.load()
    demo.load()
    counts = (Letter.objects.count(), Record.objects.count(), Channel.objects.count())
    demo.load()
    assert (Letter.objects.count(), Record.objects.count(), Channel.objects.count()) == counts
    letter = Letter.objects.get(reference="นค 0017.2/ว 3955")
    assert letter.dated == date(2025, 3, 24)
    office = Record.objects.get(agency__code="PO-NK")
    assert (office.workd_domain, office.workd_requested) == ("nongkhai.go.th", 20)


def test_every_embed_returns_a_table(db):
    agencies_demo.load()
    demo.load()
    assert set(EMBEDS) == {"tally", "workd", "eoffice", "letters", "cybersafe"}
    for name, function in EMBEDS.items():
        table = function()
        assert table["title"] and table["columns"], name
        assert all(len(row) == len(table["columns"]) for row in table["rows"]), name


def test_the_tally_embed_counts_the_local_administrations_as_announced(db):
    agencies_demo.load()
    demo.load()
    rows = {row[0]: row for row in EMBEDS["tally"]()["rows"]}
    local = rows["องค์กรปกครองส่วนท้องถิ่น (อปท.)"]
    assert local[1] == local[2] and local[3] == 0


def test_the_workd_embed_shows_the_provincial_office_with_20_accounts(db):
    agencies_demo.load()
    demo.load()
    table = EMBEDS["workd"]()
    assert table["rows"][0][:2] == ["สำนักงานจังหวัดหนองคาย", "@nongkhai.go.th"]
    assert "20 บัญชี" in table["note"]


def test_the_letters_embed_filters_by_agenda_item(db):
    demo.load()
    table = EMBEDS["letters"](agenda_item="3.5")
    assert [row[:2] for row in table["rows"]] == [["นค 0017.2/ว 3955", "24 มีนาคม 2568"]]
