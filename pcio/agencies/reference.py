"""Thailand's provinces, districts and subdistricts with their DOPA codes, from geothai
(https://github.com/GeoThai/python-library: MIT code; data from GeoThai/data under CC BY 4.0,
credited on the about page). Loaded by migrations 0003_geography and later ones: see
pcio.lib.reference for how a later release updates rows without undoing a province's edits."""

import geothai

from pcio.lib.reference import sync

SOURCE = "geothai"
LICENCE = "MIT (code), CC BY 4.0 (data)"


def versions() -> dict:
    """The geothai release and its data release, for the about page."""
    from importlib.metadata import version

    return {"package": version("geothai"), "data": geothai.DATA_VERSION}


def provinces() -> dict:
    return {(p.code,): {"name_th": p.name_th, "name_en": p.name_en} for p in geothai.provinces()}


def districts() -> dict:
    return {(d.code,): {"name_th": d.name_th, "name_en": d.name_en}
            for d in _all_districts()}


def subdistricts() -> dict:
    return {(s.code,): {"name_th": s.name_th, "name_en": s.name_en,
                        "postal_codes": " ".join(s.postal_codes)}
            for d in _all_districts() for s in geothai.subdistricts(d.code)}


def _all_districts():
    return [d for p in geothai.provinces() for d in geothai.districts(p.code)]


def load_geography(apps=None, data=None) -> str:
    """Create the missing provinces, districts and subdistricts and bring up to date the ones
    nobody changed by hand. `apps`: a migration's historical models (None: the real ones).
    `data`: {"provinces"|"districts"|"subdistricts": rows} instead of geothai's (tests)."""
    province_model, district_model, subdistrict_model = _models(apps)
    data = {"provinces": provinces(), "districts": districts(),
            "subdistricts": subdistricts(), **(data or {})}
    counts = [sync(province_model, data["provinces"])]
    ids = dict(province_model.objects.values_list("code", "id"))
    counts.append(sync(district_model, data["districts"],
                       fixed=lambda key: {"province_id": ids[key[0][:2]]}))
    ids = dict(district_model.objects.values_list("code", "id"))
    counts.append(sync(subdistrict_model, data["subdistricts"],
                       fixed=lambda key: {"district_id": ids[key[0][:4]]}))
    created, updated = (sum(c[i] for c in counts) for i in (0, 1))
    return f"ข้อมูลพื้นที่: เพิ่ม {created} แก้ {updated} แถว / geography: {created} added, " \
           f"{updated} updated"


def _models(apps):
    if apps is None:
        from pcio.agencies.models import District, Province, Subdistrict

        return Province, District, Subdistrict
    return (apps.get_model("agencies", name) for name in ("Province", "District", "Subdistrict"))


load = load_geography  # what pcio.lib.reference.load_all() runs
