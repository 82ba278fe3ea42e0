import pytest

from pcio.agencies.importing import COLUMNS

HEADER = ",".join(COLUMNS)


def csv_bytes(*rows, header=HEADER, encoding="utf-8"):
    return ("\n".join([header, *rows]) + "\n").encode(encoding)


@pytest.fixture
def nong_khai(district):
    """Province 43 and district 4301 exist, as after `pcio demo`."""
    return district
