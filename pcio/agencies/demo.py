"""Nong Khai's agencies. Records not checked against an official list are marked is_sample."""

from pcio.agencies.models import Agency, AgencyType, District, Province, Website
from pcio.agencies.reference import load_geography

PROVINCE = "43"  # Nong Khai: the province, its 9 districts and their names are reference data
T = AgencyType
# code, Thai name, English name, type, district code, parent code, websites, email domain, sample
AGENCIES = [
    ("PO-NK", "สำนักงานจังหวัดหนองคาย", "Nong Khai Provincial Office", T.PROVINCIAL, "4301", "",
     ["https://www.nongkhai.go.th", "https://ict.nongkhai.go.th"], "nongkhai.go.th", False),
    ("NSO-NK", "สำนักงานสถิติจังหวัดหนองคาย", "Nong Khai Provincial Statistical Office",
     T.CENTRAL, "4301", "", ["https://nongkhai.nso.go.th"], "nso.go.th", False),
    ("NT-NK", "บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) ส่วนบริการลูกค้าจังหวัดหนองคาย",
     "National Telecom PCL, Nong Khai Customer Service", T.STATE_ENTERPRISE, "4301", "",
     [], "ntplc.co.th", False),
    ("PAO-NK", "องค์การบริหารส่วนจังหวัดหนองคาย", "Nong Khai Provincial Administrative "
     "Organization", T.PAO, "4301", "", ["https://www.nongkhaipao.go.th"], "", False),
    ("DOPA-NK", "ที่ทำการปกครองจังหวัดหนองคาย", "Nong Khai Provincial Administration Office",
     T.PROVINCIAL, "4301", "PO-NK", [], "", False),
    ("MUN-NK", "เทศบาลเมืองหนองคาย", "Nong Khai Town Municipality", T.MUNICIPALITY, "4301",
     "", [], "", False),
]  # fmt: skip
SAMPLE_LOCAL = [
    (T.MUNICIPALITY, "เทศบาลตำบล"), (T.SAO, "องค์การบริหารส่วนตำบล"), (T.SAO, "องค์การบริหารส่วนตำบล"),
]


def _district_offices(districts):
    for d in districts:
        yield (f"DIST-{d.code}", f"ที่ว่าการอำเภอ{d.name_th}", f"{d.name_en} District Office",
               T.DISTRICT, d.code, "DOPA-NK", [], "", False)


def _sample_local_administrations(districts):
    """Two or three placeholder local administrations per district, clearly marked."""
    for d in districts:
        for number, (kind, prefix) in enumerate(SAMPLE_LOCAL, start=1):
            yield (f"LAO-{d.code}-{number}", f"{prefix}ตัวอย่าง{d.name_th} {number}",
                   f"Sample {d.name_en} local administration {number}", kind, d.code, "",
                   [f"https://sample-{d.code}-{number}.example.go.th"], "", True)


def load():
    province = _reference_province()
    districts = list(province.districts.order_by("code"))
    rows = [*AGENCIES, *_district_offices(districts), *_sample_local_administrations(districts)]
    for row in rows:
        _agency(province, *row)
    return f"{len(districts)} อำเภอ, {len(rows)} หน่วยงาน"


def _reference_province():
    """The migration loaded it; a test database emptied by a transactional test has not."""
    if not Province.objects.filter(code=PROVINCE).exists():
        load_geography()
    return Province.objects.get(code=PROVINCE)


def _agency(province, code, name, name_en, kind, district, parent, websites, domain, sample):
    agency = _update_or_create(
        Agency, "code", code, name_th=name, name_en=name_en, type=kind, province=province,
        district=District.objects.get(code=district),
        parent=Agency.objects.filter(code=parent).first(), email_domain=domain,
        is_sample=sample,
    )
    for url in websites:
        Website.objects.get_or_create(agency=agency, url=url)


def _update_or_create(model, key, value, **fields):
    """Like update_or_create, but saves (and audits) only when something differs."""
    obj = model.objects.filter(**{key: value}).first() or model(**{key: value})
    changed = obj.pk is None
    for name, field_value in fields.items():
        if getattr(obj, name, None) != field_value:
            setattr(obj, name, field_value)
            changed = True
    if changed:
        obj.save()
    return obj
