"""`pcio setup --province`: the province profile, the PAO, the provincial and district offices
and the PCIO committee, each with a stable code; nothing changes on a second run."""

import io

from django.core.management import call_command

from pcio.agencies.models import Agency, AgencyType
from pcio.front import installation, setup
from pcio.lib.testing import exit_code
from pcio.meetings.models import Committee


def _dump():
    """Every row of every table, as `pcio dumpdata` writes it."""
    out = io.StringIO()
    call_command("dumpdata", "--natural-foreign", stdout=out)
    return out.getvalue()


def test_it_sets_up_udon_thani_by_its_code(db):
    assert exit_code("setup", "--province", "41") == 0
    profile = installation.profile()
    assert (profile.province.code, profile.name) == ("41", "จังหวัดอุดรธานี")
    assert profile.secretariat.code == "PO-41"
    assert profile.secretariat.name_th == "สำนักงานจังหวัดอุดรธานี"
    assert Agency.objects.get(code="PAO-41").name_th == "องค์การบริหารส่วนจังหวัดอุดรธานี"
    assert Agency.objects.get(code="NSO-41").name_th == "สำนักงานสถิติจังหวัดอุดรธานี"
    assert Agency.objects.get(code="MSO-41").name_th == \
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดอุดรธานี"
    offices = Agency.objects.filter(type=AgencyType.DISTRICT, province__code="41")
    assert offices.count() == 20
    assert Agency.objects.get(code="DIST-4101").name_th == "ที่ว่าการอำเภอเมืองอุดรธานี"
    assert {o.parent.code for o in offices} == {"DOPA-41"}
    regional = Agency.objects.filter(code__endswith="-41").exclude(code="PAO-41")
    assert regional.count() == len(setup.office_rows()) >= 25
    committee = Committee.objects.get(code="pcio")
    assert committee.secretariat.code == "PO-41"
    assert committee.name_th.endswith("จังหวัดอุดรธานี")


def test_it_takes_the_thai_name_with_or_without_changwat(db):
    assert exit_code("setup", "--province", "จังหวัดอุดรธานี") == 0
    assert installation.province_code() == "41"
    assert exit_code("setup", "--province", "อุดรธานี") == 0
    assert Agency.objects.filter(code="PO-41").count() == 1


def test_an_unknown_province_is_a_thai_error_and_exit_1(db, capsys):
    assert exit_code("setup", "--province", "ปารีส") == 1
    assert "ไม่พบจังหวัด 'ปารีส'" in capsys.readouterr().err
    assert not Agency.objects.exists() and not installation.is_set()


def test_running_it_twice_changes_no_row(db):
    assert exit_code("setup", "--province", "41") == 0
    before = _dump()
    assert exit_code("setup", "--province", "41") == 0
    assert _dump() == before


def test_what_the_province_changed_survives_a_second_run(db):
    assert exit_code("setup", "--province", "41") == 0
    Agency.objects.filter(code="NSO-41").update(name_th="สถิติจังหวัด (ชื่อใหม่)")
    profile = installation.profile()
    profile.slogan, profile.secretariat = "คำขวัญ", Agency.objects.get(code="NSO-41")
    profile.save()
    assert exit_code("setup", "--province", "41") == 0
    assert Agency.objects.get(code="NSO-41").name_th == "สถิติจังหวัด (ชื่อใหม่)"
    assert installation.slogan() == "คำขวัญ"
    assert installation.profile().secretariat.code == "NSO-41"
