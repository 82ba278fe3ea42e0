from pcio.meetings import documents, registry


def test_the_registry_finds_this_apps_action_items_table(db):
    assert "meetings.action_items" in registry.names()
    table = registry.render("meetings", "action_items")
    assert table["columns"][:3] == ["ที่", "เรื่อง", "หน่วยงานรับผิดชอบ"]


def test_a_missing_app_or_table_becomes_a_note_not_an_error(db):
    table = registry.render("nosuchapp", "board")
    assert table["rows"] == [] and table["note"]


def test_a_failing_table_becomes_a_note(db):
    def broken(**params):
        raise RuntimeError("boom")

    table = registry.render("x", "broken", registry={"x": {"broken": broken}})
    assert table["note"] == "สร้างตารางไม่สำเร็จ"


def test_a_placeholder_in_an_item_body_is_rendered_as_a_table(db):
    fake = {"x": {"t": lambda **p: {"title": "ตาราง", "columns": ["ก"], "rows": [[p["n"]]],
                                    "note": ""}}}
    [block] = documents.body_blocks("[[x.t n=5]]", fake)
    assert block.kind == "table" and block.table["rows"] == [["5"]]


def test_every_installed_apps_embed_returns_a_table_for_the_demo(demo):
    for app, embeds in registry.available().items():
        for name in embeds:
            table = registry.render(app, name)
            assert set(table) == {"title", "columns", "rows", "note"}, (app, name)
