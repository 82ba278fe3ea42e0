"""Nong Khai's agencies. Records not checked against an official list are marked is_sample."""

from pcio.agencies.models import Agency, AgencyType, District, Province, Website

PROVINCE = ("43", "หนองคาย", "Nong Khai")
DISTRICTS = [
    ("4301", "เมืองหนองคาย", "Mueang Nong Khai"),
    ("4302", "ท่าบ่อ", "Tha Bo"),
    ("4305", "โพนพิสัย", "Phon Phisai"),
    ("4307", "ศรีเชียงใหม่", "Si Chiang Mai"),
    ("4308", "สังคม", "Sangkhom"),
    ("4314", "สระใคร", "Sakhrai"),
    ("4315", "เฝ้าไร่", "Fao Rai"),
    ("4316", "รัตนวาปี", "Rattanawapi"),
    ("4317", "โพธิ์ตาก", "Pho Tak"),
]
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


def _district_offices():
    for code, name, name_en in DISTRICTS:
        yield (f"DIST-{code}", f"ที่ว่าการอำเภอ{name}", f"{name_en} District Office", T.DISTRICT,
               code, "DOPA-NK", [], "", False)


def _sample_local_administrations():
    """Two or three placeholder local administrations per district, clearly marked."""
    for code, name, name_en in DISTRICTS:
        for number, (kind, prefix) in enumerate(SAMPLE_LOCAL, start=1):
            yield (f"LAO-{code}-{number}", f"{prefix}ตัวอย่าง{name} {number}",
                   f"Sample {name_en} local administration {number}", kind, code, "",
                   [f"https://sample-{code}-{number}.example.go.th"], "", True)


def load():
    province = _update_or_create(Province, "code", PROVINCE[0], name_th=PROVINCE[1],
                                 name_en=PROVINCE[2])
    for code, name, name_en in DISTRICTS:
        _update_or_create(District, "code", code, province=province, name_th=name,
                          name_en=name_en)
    rows = [*AGENCIES, *_district_offices(), *_sample_local_administrations()]
    for row in rows:
        _agency(province, *row)
    return f"{len(DISTRICTS)} อำเภอ, {len(rows)} หน่วยงาน"


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
