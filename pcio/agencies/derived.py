"""Derived columns of the registry (see pcio.lib.derived): the Thai sort keys of names."""

from pcio.agencies.models import Agency, District, Province, Subdistrict
from pcio.lib.derived import resort


def rebuild() -> str:
    changed = sum(resort(model) for model in (Province, District, Subdistrict, Agency))
    return f"คีย์เรียงชื่อภาษาไทย แก้ {changed} แถว / Thai sort keys: {changed} rows updated"
