import pytest
from django.core.management import CommandError, call_command

from pcio.meetings.tests.conftest import flat, pdf_pages


@pytest.fixture
def demo(module_demo):
    """Every test here reads the demo: it is loaded once for the module."""
    return module_demo


def test_the_command_writes_the_agenda_pdf_and_docx(demo, tmp_path):
    call_command("meetings", "export", "1/2568", "--committee", "pcio", "--doc", "agenda",
                 "--format", "pdf", "--output", str(tmp_path / "agenda.pdf"))
    assert flat("ระเบียบวาระการประชุม") in flat(pdf_pages((tmp_path / "agenda.pdf").read_bytes())[0])
    call_command("meetings", "export", "1/2567", "--committee", "pcio", "--doc", "minutes",
                 "--format", "docx", "--output", str(tmp_path / "minutes.docx"))
    assert (tmp_path / "minutes.docx").read_bytes()[:2] == b"PK"


def test_an_unknown_meeting_is_a_clear_thai_error(demo, tmp_path):
    with pytest.raises(CommandError, match="ไม่พบการประชุมครั้งที่ 9/2568"):
        call_command("meetings", "export", "9/2568", "--output", str(tmp_path / "x.pdf"))
