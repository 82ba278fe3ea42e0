"""HTML used by the crawl, scan and page tests: an ordinary agency page and plain spam."""

CLEAN = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>สำนักงานจังหวัดหนองคาย</title></head><body>
<h1>ข่าวประชาสัมพันธ์</h1>
<p>จังหวัดหนองคายจัดประชุมคณะกรรมการ PCIO ครั้งที่ 1/2568 ณ ห้องประชุมศาลากลางจังหวัด</p>
{links}</body></html>"""

SPAM = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>สล็อตเว็บตรง แตกง่าย สมัครรับเครดิตฟรี ufabet บาคาร่า</title>
<meta name="description" content="สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ สมัครสมาชิกรับโบนัส 100%"></head>
<body><h1>สล็อตเว็บตรง แทงบอลออนไลน์ บาคาร่า คาสิโนออนไลน์</h1>
<div style="display:none"><a href="https://ufabet888-slot.example/register">สล็อต บาคาร่า
แทงบอล สมัครวันนี้ รับเครดิตฟรี ฝากถอนไม่มีขั้นต่ำ</a></div>
<p>สมัครสมาชิก สล็อต pg slot เว็บตรง ฝาก-ถอน ออโต้ เครดิตฟรี 100 โบนัส ufabet</p>
</body></html>"""


def clean(*paths):
    links = "".join(f'<a href="{p}">{p}</a> ' for p in paths)
    return CLEAN.replace("{links}", f"<p>{links}</p>")


def ok(html, headers=None):
    return lambda request: (200, headers or {}, html)
