"""The admin index names every section and list in Thai, the libraries' too (django-auditlog
and django-axes ship no Thai: "AUDIT LOG / Log entries", "AXES / Access attempts")."""

import re

ENGLISH = ("Audit log", "Log entries", "Axes", "Access attempts", "Incidents", "Scans",
           "Model name", "Add link")


def test_the_admin_index_is_thai(client, secretariat):
    client.force_login(secretariat)
    html = client.get("/admin/").content.decode()
    for english in ENGLISH:
        assert not re.search(rf">\s*{english}\s*<", html, re.I), english
    for thai in ("ประวัติการแก้ไข", "ความพยายามเข้าระบบ", "การล็อกอินและการล็อกบัญชี",
                 "เหตุการฝังเว็บพนัน", "การตรวจ"):
        assert thai in html


def test_the_meeting_list_names_its_committee_column_in_thai(client, secretariat):
    client.force_login(secretariat)
    html = client.get("/admin/meetings/meeting/").content.decode()
    assert "คณะกรรมการ" in html and ">Committee<" not in html
