"""A spreadsheet bomb is refused, naming the limit, before it fills memory: a sheet that
expands to 200 MiB, two million tiny rows, one row of three million cells, a value past the
last allowed column, a zip that lies about its size. Through the importer, an import page and
the command line; the registry is as it was every time."""

import struct
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pcio.agencies import importing
from pcio.agencies.models import Agency
from pcio.catalog.models import Dataset
from pcio.lib.importer import ImportFailed, run_import
from pcio.lib.testing import exit_code
from pcio.lib.tests import bombs

CEILING = 50 * 1024 * 1024  # peak Python memory while refusing (the old reader took GBs)
HEADER = importing.COLUMNS


@pytest.fixture
def registry(make_agency):
    make_agency("KEEP", "หน่วยงานเดิม")
    return lambda: list(Agency.objects.values_list("code", "name_th").order_by("code"))


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    """815 KB expanded to 200 MiB in the report; this one is 1.2 MB."""
    path = bombs.expanding(tmp_path_factory.mktemp("bomb") / "bomb.xlsx", HEADER, 200)
    assert path.stat().st_size < 2 * 1024 * 1024
    return path


def refusal(path):
    """The importer's message for `path`, checking it stayed under CEILING."""
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed) as failure:
            run_import(importing.AgencyImporter(), path, path.name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < CEILING, f"peak {peak / 1e6:.0f} MB"
    return str(failure.value)


def tiny_rows(path, count):
    row = b"<row><c><v>1</v></c></row>"
    return bombs.xlsx(path, HEADER, (row * 40_000 for _ in range(count // 40_000)))


def test_a_sheet_that_expands_to_200_mib_is_refused_unread(bomb, registry):
    before = registry()
    message = refusal(bomb)
    assert "ขยายออกได้ 198.4 MB เกินกำหนด 50.0 MB (PCIO_MAX_IMPORT_EXPANDED_MB)" in message
    assert registry() == before


def test_two_million_tiny_rows_are_refused_by_ratio_and_by_count(tmp_path, registry,
                                                                 settings):
    before = registry()
    path = tiny_rows(tmp_path / "rows.xlsx", 2_000_000)
    assert "PCIO_MAX_IMPORT_RATIO" in refusal(path)
    settings.PCIO_MAX_IMPORT_RATIO = 0  # the rows are counted before openpyxl reads them
    assert "ไฟล์มีเกิน 20,000 แถว (PCIO_MAX_IMPORT_ROWS)" in refusal(path)
    assert registry() == before


def test_a_row_of_three_million_cells_is_refused(tmp_path, registry, settings):
    settings.PCIO_MAX_IMPORT_RATIO = 0
    before = registry()
    path = bombs.wide_row(tmp_path / "wide.xlsx", HEADER, 3_000_000)
    assert "แถวที่ 2 มีเกิน 16,384 ช่อง" in refusal(path)
    assert registry() == before


def test_rows_past_the_limit_in_an_ordinary_file_are_refused(tmp_path, registry, settings):
    settings.PCIO_MAX_IMPORT_ROWS = 1000
    before = registry()
    path = bombs.many_rows(tmp_path / "many.xlsx", HEADER, 1001)
    assert "ไฟล์มีเกิน 1,000 แถว (PCIO_MAX_IMPORT_ROWS)" in refusal(path)
    assert registry() == before


def test_a_value_past_the_last_allowed_column_is_refused(tmp_path, registry):
    before = registry()
    wide = bombs.row(2, ["X1", "ชื่อ", "other", *[""] * 197, "เกิน"])
    path = bombs.xlsx(tmp_path / "columns.xlsx", HEADER, [wide])
    assert "แถวที่ 2: มีเกิน 200 คอลัมน์ (PCIO_MAX_IMPORT_COLUMNS)" in refusal(path)
    assert registry() == before


def test_a_zip_that_says_its_sheet_is_small_is_refused_as_broken(tmp_path, registry):
    before = registry()
    path = bombs.expanding(tmp_path / "honest.xlsx", HEADER, 20)
    lying = tmp_path / "lying.xlsx"
    lying.write_bytes(_declare_size(path.read_bytes(), bombs.SHEET, 1000))
    assert "XLSX เสียหาย" in refusal(lying)
    assert registry() == before


def _declare_size(data, name, size):
    """The zip, its central directory now saying `name` expands to `size` bytes: zipfile
    believes the central directory."""
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46:entry + 46 + len(name)] != name.encode():
        entry = data.index(b"PK\x01\x02", entry + 4)
    return data[:entry + 24] + struct.pack("<I", size) + data[entry + 28:]


def test_a_bomb_through_an_import_page_is_refused_at_once(client, officer_a, bomb):
    client.force_login(officer_a)  # the report's case: an officer, /catalog/import/
    response = client.post("/catalog/import/", {
        "file": SimpleUploadedFile("catalog.xlsx", bomb.read_bytes())})
    assert response.status_code == 400
    assert "PCIO_MAX_IMPORT_EXPANDED_MB" in response.content.decode()
    assert not Dataset.objects.exists()


def test_the_command_line_exits_non_zero_on_a_bomb(bomb, registry, capsys):
    before = registry()
    assert exit_code("agencies", "import", bomb) == 1
    assert "PCIO_MAX_IMPORT_EXPANDED_MB" in capsys.readouterr().err
    assert registry() == before
