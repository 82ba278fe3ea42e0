from datetime import date, time

import pytest


@pytest.mark.django_db(transaction=True)
def test_the_migration_freezes_sent_meetings_and_leaves_drafts(migrate):
    old = migrate(("meetings", "0003_minutes_lifecycle_and_issued_documents"))
    Committee, Meeting = old.get_model("meetings", "Committee"), old.get_model("meetings",
                                                                              "Meeting")
    committee = Committee.objects.create(code="pcio", name_th="คณะกรรมการทดสอบ")
    common = {"committee": committee, "year": 2568, "time": time(9, 0), "venue": "ห้อง"}
    sent = Meeting.objects.create(number=1, date=date(2025, 1, 10), status="sent", **common)
    draft = Meeting.objects.create(number=2, date=date(2025, 6, 10), status="draft", **common)
    new = migrate(("meetings", "0004_freeze_meetings_already_sent"))
    Issued = new.get_model("meetings", "IssuedDocument")
    assert set(Issued.objects.filter(meeting_id=sent.pk).values_list("doc", flat=True)) == {
        "agenda", "pack"}
    assert not Issued.objects.filter(meeting_id=draft.pk).exists()
