"""What is wrong with an imported file reads in the interface's language: English on English
pages, Thai on Thai ones, each problem naming its row. The command line stays Thai."""

import re
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation

THAI = re.compile("[\u0E00-\u0E7F]")
BAD_FILES = {  # every import page: where it is, what else its form asks, a file with a bad row
    "agencies": ("/agencies/import/", {}, "code,name_th,type\nA1,Name,nonsense\n"),
    "catalog": ("/catalog/import/", {}, None),  # the schema's mandatory fields, each "?"
    "compliance": ("/compliance/import/", {"kind": "compliance"},
                   "agency_code,info_announced_on\nZZZ,someday\n"),
    "volumes": ("/compliance/import/", {"kind": "volumes"},
                "agency_code,month,documents\nZZZ,march,many\n"),
    "scores": ("/readiness/import/", {}, "year,unit,pillar,score\n1999,ZZZ,9,500\n"),
    "questions": ("/readiness/2568/questions/", {}, "code,pillar,kind,text\nQ1,9,nonsense,\n"),
    "assignments": ("/readiness/2568/assign/import/", {}, "question,agency,due\nQ9,ZZZ,soon\n"),
    "webwatch": ("/webwatch/import/", {}, "url,agency_code\nnot a url,ZZZ\n"),
}


def problems(client, name):
    from pcio.catalog import schema
    from pcio.readiness.models import SurveyYear

    SurveyYear.objects.get_or_create(year=2568)  # reference data, unless emptied
    url, fields, data = BAD_FILES[name]
    if data is None:
        data = ",".join(schema.mandatory()) + "\n" + ",".join("?" for _ in schema.mandatory())
    upload = SimpleUploadedFile(f"{name}.csv", data.encode())
    page = client.post(url, {**fields, "file": upload}).content.decode()
    box = re.search(r'<div class="error-box" role="alert">(.*?)</div>', page, re.S)
    assert box, page[:3000]
    return re.findall(r"<li>(.*?)</li>", box.group(1), re.S)


@pytest.fixture
def speaking(client, secretariat):
    def choose(language):
        client.force_login(secretariat)
        client.post("/i18n/setlang/", {"language": language, "next": "/"})
        return client

    return choose


@pytest.mark.parametrize("name", BAD_FILES)
def test_an_english_page_shows_english_problems(name, speaking):
    shown = problems(speaking("en"), name)
    assert shown
    for problem in shown:
        assert problem.startswith("Row 2: "), shown
        assert not THAI.search(problem), shown


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_thai_page_shows_thai_problems(name, speaking):
    shown = problems(speaking("th"), name)
    assert shown
    for problem in shown:
        assert problem.startswith("แถวที่ 2: "), shown
        assert THAI.search(problem.removeprefix("แถวที่ 2: ")), shown


def test_the_english_problems_say_what_the_thai_ones_say(speaking):
    assert problems(speaking("en"), "agencies") == [
        "Row 2: Unknown agency type &#x27;nonsense&#x27; (use provincial, central, district, "
        "pao, municipality, sao, state_enterprise, other)"]
    assert problems(speaking("th"), "agencies") == [
        "แถวที่ 2: ไม่รู้จักประเภทหน่วยงาน &#x27;nonsense&#x27; (ใช้ provincial, central, "
        "district, pao, municipality, sao, state_enterprise, other)"]


@pytest.mark.django_db(transaction=True)  # the job runs in a thread of its own
def test_a_background_import_speaks_the_language_of_the_page_it_came_from(speaking, settings):
    from pcio.front.models import ImportJob

    settings.PCIO_IMPORT_INLINE_ROWS = 1
    data = b"code,name_th,type\nA1,Name,nonsense\nA2,Name,nonsense\n"
    response = speaking("en").post("/agencies/import/",
                                   {"file": SimpleUploadedFile("big.csv", data)})
    assert response.status_code == 302
    for thread in threading.enumerate():
        if thread.name.startswith("pcio-import-"):
            thread.join(60)
    problems = ImportJob.objects.get().problems
    assert [p.split(":")[0] for p in problems] == ["Row 2", "Row 3"], problems
    assert not THAI.search(" ".join(problems)), problems


def test_the_command_line_stays_thai(db, tmp_path):
    path = tmp_path / "agencies.csv"
    path.write_text("code,name_th,type\nA1,Name,nonsense\n")
    translation.deactivate()  # as a new process starts: in the settings' LANGUAGE_CODE
    with pytest.raises(CommandError) as failed:
        call_command("agencies", "import", str(path))
    assert "แถวที่ 2: ไม่รู้จักประเภทหน่วยงาน 'nonsense'" in str(failed.value)
