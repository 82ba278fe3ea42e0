"""An import that runs past PCIO_MAX_IMPORT_SECONDS is stopped, with a message naming the
limit, even half-way through writing: the clock is checked before every query, and what was
written is rolled back."""

import time

import pytest

from pcio.agencies.models import Agency
from pcio.lib import importer
from pcio.lib.importer import ImportFailed, Limits, Result, run_import


class SlowImporter(importer.RowImporter):
    """Writes one agency a third of a second: as a national file's rows add up."""

    required = ("code",)

    def parse(self, row):
        return importer.text(row, "code", required=True)

    def apply(self, parsed):
        for _, code in parsed:
            Agency.objects.create(code=code, name_th=code, type="other")
            time.sleep(0.3)
        return Result(created=len(parsed))


def test_the_clock_stops_an_import_half_way_through_writing(db):
    data = ("code\n" + "".join(f"A{n}\n" for n in range(10))).encode()
    stages = []
    with pytest.raises(ImportFailed) as failure:
        run_import(SlowImporter(), data, "slow.csv", limits=Limits(seconds=1),
                   progress=lambda stage, done, total: stages.append(stage))
    assert "นำเข้านานเกิน 1 วินาที (PCIO_MAX_IMPORT_SECONDS)" in str(failure.value)
    assert stages == ["saving"]
    assert not Agency.objects.exists()


def test_an_import_within_its_time_is_written(db):
    data = b"code\nA1\nA2\n"
    assert str(run_import(SlowImporter(), data, "quick.csv", limits=Limits(seconds=5))) \
        == "เพิ่ม 2 แก้ไข 0 ไม่เปลี่ยน 0"
    assert Agency.objects.count() == 2
