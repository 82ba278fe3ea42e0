# ruff: noqa: E501  (the site templates are long lines of HTML, kept as a page would be)
"""Generate the labelled webwatch corpus: python -m pcio.webwatch.corpus.generate

Writes pages/*.html and labels.csv next to this file. Deterministic (fixed seed), so the
committed corpus can be regenerated and reviewed. Every page is sample data built for the
detector: invented Nong Khai agency pages in eight different site templates, half of them
injected with one of the attack forms of issue 4, half hard clean cases that name gambling
or use hiding, redirects and scripts innocently. Two templates, and a separate pool of spam
phrases, brands and domains, are used only for the held-out split, so the evaluation
measures what the model makes of an unseen site and unseen spam, not memory.
Hand-written pages in hand/ are listed in hand.csv and read from there (../hand/NAME).
"""

from __future__ import annotations

import base64
import csv
import random
import shutil
from pathlib import Path

HERE = Path(__file__).parent
PAGES = HERE / "pages"

# ---------------------------------------------------------------- vocabulary pools
SPAM = {
    "train": {
        "phrases": [
            "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ", "สมัครสล็อต รับเครดิตฟรี 100",
            "บาคาร่าออนไลน์ ฝากถอนออโต้ 24 ชั่วโมง", "แทงบอลออนไลน์ ค่าน้ำดีที่สุด สมัครเลย",
            "เว็บสล็อต pg ทดลองเล่นฟรี", "ufabet ทางเข้า สมัครรับโบนัส 50%",
            "คาสิโนออนไลน์ เว็บตรงไม่ผ่านเอเย่นต์", "สล็อต ฝาก 1 บาท ก็เล่นได้",
            "เครดิตฟรี กดรับเอง ยืนยันเบอร์", "หวยออนไลน์ จ่ายบาทละ 900",
            "pg slot เว็บตรง โบนัสแตกหนัก", "joker gaming สมัครฟรี แจกเครดิต",
        ],
        "brands": ["ufabet", "pgslot", "joker123", "sbobet", "lsm99", "superslot", "betflik"],
        "domains": ["ufabet168.com", "pgslot-auto.net", "joker123th.co", "sbobet-vip.info",
                    "lsm99bet.com", "superslot789.org", "betflik24.bet", "slotxo-th.com",
                    "ufa-789.net", "baccarat88th.com", "huay-vip.com", "pg-slot-th.xyz"],
        "neutral": ["th-promo-hub.com", "klick-now.xyz", "news-daily-th.info", "go-th-win.com",
                    "abc-xyz-th.com", "bit-link-go.net"],
        "english": [
            "Best online casino in Thailand - free spins and 100% welcome bonus",
            "Play slot online, register now and get free credit",
            "Top betting site: deposit and withdraw 24/7, sportsbook and baccarat",
        ],
    },
    "heldout": {
        "phrases": [
            "สล็อตแตกง่าย ถอนได้จริง ยูสใหม่รับโบนัส", "บาคาร่า สมัครวันนี้ รับค่าคอมทุกวัน",
            "เว็บพนันออนไลน์ ฝากไม่มีขั้นต่ำ ถอนไม่อั้น", "เกมยิงปลา สมัครฟรี เครดิตฟรีไม่ต้องฝาก",
            "แทงบอลสเต็ป ขั้นต่ำ 10 บาท ฝากถอนออโต้", "สล็อตออนไลน์ จ่ายจริง ทดลองเล่นฟรีทุกค่าย",
            "คาสิโน ฝากถอนไว โปรโมชั่นคืนยอดเสีย", "ไฮโลออนไลน์ สมัครรับเครดิตฟรี",
        ],
        "brands": ["betflix", "lucabet", "gclub", "ambbet", "sa gaming", "fun88"],
        "domains": ["gclub-royal.com", "lucabet168.net", "ambbet-th.org", "fun88asia.co",
                    "sagame-vip.com", "betflix-auto.net", "slot-gacor-maxwin.site",
                    "hilo-online.top"],
        "neutral": ["sabai-deal.net", "th-hotlink.site", "click-here-th.top", "mekong-lucky.com"],
        "english": [
            "Slot gacor maxwin hari ini, daftar sekarang bonus new member 100%",
            "Online casino with jackpot free spins - sign up bonus, fast withdraw",
        ],
    },
}

AGENCIES = [
    ("องค์การบริหารส่วนตำบลโพนสว่าง", "ponsawang.go.th", "อำเภอท่าบ่อ"),
    ("เทศบาลตำบลหาดคำ", "hadkham.go.th", "อำเภอเมืองหนองคาย"),
    ("องค์การบริหารส่วนตำบลเวียงคุก", "wiangkhuk.go.th", "อำเภอเมืองหนองคาย"),
    ("เทศบาลเมืองท่าบ่อ", "thabocity.go.th", "อำเภอท่าบ่อ"),
    ("องค์การบริหารส่วนตำบลผาตั้ง", "phatang.go.th", "อำเภอสังคม"),
    ("สำนักงานจังหวัดหนองคาย", "nongkhai.go.th", "อำเภอเมืองหนองคาย"),
    ("ที่ทำการปกครองอำเภอศรีเชียงใหม่", "sichiangmai.nongkhai.go.th", "อำเภอศรีเชียงใหม่"),
    ("โรงพยาบาลโพนพิสัย", "phonphisaihospital.go.th", "อำเภอโพนพิสัย"),
    ("องค์การบริหารส่วนตำบลบ้านเดื่อ", "bandua.go.th", "อำเภอท่าบ่อ"),
    ("เทศบาลตำบลรัตนวาปี", "rattanawapi.go.th", "อำเภอรัตนวาปี"),
    ("องค์การบริหารส่วนตำบลเฝ้าไร่", "faorai.go.th", "อำเภอเฝ้าไร่"),
    ("สหกรณ์ออมทรัพย์ครูหนองคาย จำกัด", "nkteachercoop.com", "อำเภอเมืองหนองคาย"),
    ("สถานีตำรวจภูธรโพธิ์ตาก", "photak.nongkhai.police.go.th", "อำเภอโพธิ์ตาก"),
    ("โรงเรียนสระใครวิทยา", "srakhaiwit.ac.th", "อำเภอสระใคร"),
]

NEWS = [
    "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
    "ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุสำนักงาน จำนวน 25 รายการ",
    "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปีงบประมาณ 2568",
    "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567",
    "ขอเชิญร่วมกิจกรรมวันท้องถิ่นไทย 18 มีนาคม",
    "รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ",
    "การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์",
    "ขอเชิญร่วมงานประเพณีบุญบั้งไฟ ประจำปี 2568",
    "แจ้งปิดการจ่ายน้ำประปาชั่วคราวเพื่อซ่อมแซมท่อเมนหลัก",
    "ประกาศเจตนารมณ์การป้องกันและต่อต้านการทุจริต",
    "โครงการ 1 ตำบล 1 ธนาคารขยะ ร่วมคัดแยกขยะต้นทาง",
    "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ฉบับที่ 2",
    "การประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 2",
    "มาตรการป้องกันโรคไข้เลือดออกในฤดูฝน",
    "ประกาศราคากลางโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7",
    "ผลการดำเนินงานศูนย์ข้อมูลข่าวสารราชการ ไตรมาสที่ 3",
]

SENTENCES = [
    "ด้วยหน่วยงานได้ดำเนินการตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568",
    "จึงขอประชาสัมพันธ์ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน",
    "ทั้งนี้ สามารถสอบถามรายละเอียดเพิ่มเติมได้ที่กองคลัง ในวันและเวลาราชการ",
    "ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบลร่วมกิจกรรมดังกล่าวอย่างพร้อมเพรียง",
    "เพื่อส่งเสริมคุณภาพชีวิตของประชาชนและพัฒนาโครงสร้างพื้นฐานในชุมชน",
    "โดยมีนายอำเภอเป็นประธานในพิธีเปิด ณ หอประชุมอำเภอ",
    "ขอความร่วมมือผู้ปกครองดูแลบุตรหลานในช่วงปิดภาคเรียน",
    "หน่วยงานได้ติดตั้งระบบบริการอิเล็กทรอนิกส์ (e-Service) เพื่ออำนวยความสะดวก",
    "ประชาชนสามารถยื่นคำร้องผ่านช่องทางออนไลน์ได้ตลอด 24 ชั่วโมง",
    "ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ เรื่อง การเปิดเผยข้อมูลสาธารณะ",
    "ศูนย์ดำรงธรรมรับเรื่องร้องเรียนร้องทุกข์ ทางโทรศัพท์หมายเลข 1567",
    "การแพร่ระบาดของโรคติดต่อยังคงต้องเฝ้าระวังอย่างต่อเนื่อง",
    "ร่วมอนุรักษ์วัฒนธรรมประเพณีริมฝั่งโขงให้คงอยู่สืบไป",
    "กำหนดยื่นเอกสารภายในวันที่ 30 กันยายน 2568 เวลา 16.30 น.",
    "เจ้าหน้าที่ลงพื้นที่สำรวจความเสียหายจากอุทกภัยและมอบถุงยังชีพ",
    "ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างข้อบัญญัติงบประมาณ",
]

MENU = ["หน้าหลัก", "ข้อมูลพื้นฐาน", "โครงสร้างหน่วยงาน", "ข่าวประชาสัมพันธ์", "ประกาศจัดซื้อจัดจ้าง",
        "แผนพัฒนา", "ITA", "e-Service", "ร้องเรียนร้องทุกข์", "ติดต่อเรา", "กระดานสนทนา"]


# ---------------------------------------------------------------- helpers
class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def para(self, lo=2, hi=6):
        return " ".join(self.r.sample(SENTENCES, self.r.randint(lo, hi)))

    def body_filler(self, size: str) -> str:
        n = {"short": 2, "medium": 8, "long": 30}[size]
        out = []
        for _ in range(n):
            out.append(f"<h3>{self.pick(NEWS)}</h3><p>{self.para()}</p>")
        return "\n".join(out)


def page_url(host: str, g: Gen) -> str:
    path = g.pick(["/", "/index.php", "/news/detail/{n}", "/index.php?option=com_content&view="
                   "article&id={n}", "/public/list/data/detail/id/{n}/menu/1", "/?p={n}",
                   "/pages/view/{n}", "/ewt/content.php?id={n}"])
    return f"https://www.{host}" + path.format(n=g.r.randint(10, 9999))


# ---------------------------------------------------------------- templates (families)
def t_table(a, main, g, head="", tail=""):
    name, host, dist = a
    menu = "".join(f'<tr><td class="menu"><a href="/m{i}.php">{m}</a></td></tr>'
                   for i, m in enumerate(MENU))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{name} {dist} จังหวัดหนองคาย</title>{head}
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner.jpg" width="980" height="200" alt="{name}"></td></tr>
<tr><td width="200" valign="top"><table width="100%">{menu}</table></td>
<td valign="top">{main}</td></tr>
<tr><td colspan="2" class="footer">{name} {dist} จังหวัดหนองคาย 43000 โทร 042-{g.r.randint(100000, 999999)}
</td></tr></table>{tail}</body></html>"""


def t_wordpress(a, main, g, head="", tail=""):
    name, host, dist = a
    items = "".join(f'<li class="menu-item menu-item-{i}"><a href="https://www.{host}/'
                    f'?page_id={i}">{m}</a></li>' for i, m in enumerate(MENU))
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{g.pick(NEWS)} &#8211; {name}</title>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.{host}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1' media='all' />
<meta name="generator" content="WordPress 6.4.2" />{head}
</head><body class="post-template-default single single-post">
<div id="page" class="hfeed site"><header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://www.{host}/">{name}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{items}</ul></nav>
</header><div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post status-publish"><div class="entry-content">{main}</div></article>
</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">เรื่องล่าสุด</h2><ul>{"".join(f"<li><a href='/?p={g.r.randint(1, 999)}'>{g.pick(NEWS)}</a></li>" for _ in range(5))}</ul></section></aside></div>
<footer class="site-footer"><div class="site-info">&copy; 2568 {name}</div></footer></div>
<script src='https://www.{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
{tail}</body></html>"""


def t_bootstrap(a, main, g, head="", tail=""):
    name, host, dist = a
    cards = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><h5 class='
                    f'"card-title">{g.pick(NEWS)}</h5><p class="card-text">{g.para(1, 2)}</p>'
                    f'<a href="/news/{g.r.randint(1, 500)}" class="btn btn-primary">อ่านต่อ</a>'
                    f'</div></div></div>' for _ in range(g.r.randint(3, 9)))
    return f"""<!doctype html><html lang="th"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="เว็บไซต์ทางการ {name} จังหวัดหนองคาย">
<title>{name}</title>{head}
<link href="/assets/bootstrap.min.css" rel="stylesheet"></head><body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/">{name}</a><div class="collapse navbar-collapse" id="nav">
<ul class="navbar-nav">{"".join(f'<li class="nav-item"><a class="nav-link" href="/p/{i}">{m}</a></li>' for i, m in enumerate(MENU[:7]))}</ul></div></div></nav>
<div class="container my-4"><div class="row">{cards}</div><div class="row"><div class="col-12">{main}</div></div></div>
<footer class="bg-dark text-white py-3"><div class="container">{name} {dist} จังหวัดหนองคาย</div></footer>
<script src="/assets/bootstrap.bundle.min.js"></script>{tail}</body></html>"""


def t_joomla(a, main, g, head="", tail=""):
    name, host, dist = a
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="{name}, หนองคาย, {dist}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{name} - {g.pick(MENU)}</title>{head}
<script type="text/javascript" src="/media/system/js/mootools-core.js"></script></head>
<body id="shadow"><div id="wrapper"><div id="header"><h1>{name}</h1></div>
<div id="navigation"><ul class="menu">{"".join(f'<li class="item{i}"><a href="/index.php?option=com_content&amp;view=article&amp;id={i}"><span>{m}</span></a></li>' for i, m in enumerate(MENU))}</ul></div>
<div id="main"><div class="item-page"><h2>{g.pick(NEWS)}</h2>{main}</div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ {g.r.randint(10, 900)} คน</p></div></div>
<div id="footer"><p>Copyright &copy; 2568 {name}. All Rights Reserved.</p></div></div>{tail}</body></html>"""


def t_ewt(a, main, g, head="", tail=""):
    name, host, dist = a
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>:: {name} ::</title>{head}
<link rel="stylesheet" href="/ewt/css/layout.css"></head><body>
<div class="ewt-top"><div class="logo"><img src="/ewt/images/logo.png" alt="ตราสัญลักษณ์ {name}"></div>
<div class="ewt-name">{name}<br><small>{dist} จังหวัดหนองคาย</small></div></div>
<div class="ewt-menu">{" | ".join(f'<a href="/ewt/content.php?mid={i}">{m}</a>' for i, m in enumerate(MENU))}</div>
<div class="ewt-body"><div class="ewt-left"><div class="box"><div class="box-title">ลิงก์หน่วยงาน</div>
<ul><li><a href="https://www.nongkhai.go.th">จังหวัดหนองคาย</a></li><li><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.oic.go.th">สขร.</a></li></ul></div></div>
<div class="ewt-content">{main}</div></div><div class="ewt-footer">{name} โทรศัพท์ 042-{g.r.randint(100000, 999999)}</div>{tail}</body></html>"""


def t_hospital(a, main, g, head="", tail=""):
    name, host, dist = a
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{name} | {dist}</title>
<meta property="og:title" content="{name}"><meta property="og:type" content="website">{head}
<style>body{{font-family:Sarabun,sans-serif}}.topbar{{background:#0a7}}.svc{{display:flex;gap:8px}}</style></head>
<body><div class="topbar"><span>สายด่วน 1669</span></div><header><h1>{name}</h1></header>
<section class="svc">{"".join(f'<a class="svc-item" href="/service/{i}">{s}</a>' for i, s in enumerate(["ตารางแพทย์", "จองคิวออนไลน์", "สิทธิการรักษา", "ฝากครรภ์", "คลินิกผู้สูงอายุ"]))}</section>
<main>{main}</main><footer><p>{name} {dist} จังหวัดหนองคาย</p></footer>{tail}</body></html>"""


def t_police(a, main, g, head="", tail=""):
    name, host, dist = a
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{name} - ภ.จว.หนองคาย</title><meta name="viewport" content="width=device-width">{head}
<link rel="stylesheet" href="/static/main.css"></head><body>
<div id="top"><h1 class="brand">{name}</h1><p>พิทักษ์สันติราษฎร์</p></div>
<ul class="tabs">{"".join(f"<li><a href='/th/{i}'>{m}</a></li>" for i, m in enumerate(["หน้าแรก", "ข่าวสาร", "แจ้งความออนไลน์", "ติดต่อ"]))}</ul>
<div class="content-area"><div class="post">{main}</div>
<div class="sidebar"><p>แจ้งเหตุด่วนเหตุร้าย โทร 191</p></div></div>
<div class="foot">{name} {dist} จังหวัดหนองคาย</div>{tail}</body></html>"""


def t_school(a, main, g, head="", tail=""):
    name, host, dist = a
    return f"""<html lang="th"><head><meta charset="utf-8"><title>{name} สพม.หนองคาย</title>{head}</head>
<body style="margin:0;background:#eef"><div style="background:#336;color:#fff;padding:12px">
<b>{name}</b> {dist} จังหวัดหนองคาย</div>
<div style="display:flex;flex-wrap:wrap"><div style="flex:1;min-width:260px;padding:10px">
<h4>ประกาศโรงเรียน</h4><ol>{"".join(f"<li><a href='/news.php?id={g.r.randint(1, 900)}'>{g.pick(NEWS)}</a></li>" for _ in range(6))}</ol></div>
<div style="flex:3;min-width:300px;padding:10px">{main}</div></div>
<p align="center">งานประชาสัมพันธ์ {name}</p>{tail}</body></html>"""


TEMPLATES = {"table": t_table, "wordpress": t_wordpress, "bootstrap": t_bootstrap,
             "joomla": t_joomla, "ewt": t_ewt, "hospital": t_hospital,
             "police": t_police, "school": t_school}
HELDOUT = {"police", "school"}


# ---------------------------------------------------------------- disguises of spam text
def disguise(text: str, g: Gen) -> str:
    how = g.pick(["plain", "plain", "zw", "spaced", "digits", "variant", "cyrillic"])
    if how == "zw":
        return "\u200b".join(text[:20]) + text[20:]
    if how == "spaced":
        first, _, rest = text.partition(" ")
        clusters, cur = [], ""
        for ch in first:
            if cur and "\u0e31" <= ch <= "\u0e4e" and ch not in "\u0e40\u0e41\u0e42\u0e43\u0e44":
                cur += ch
            else:
                if cur:
                    clusters.append(cur)
                cur = ch
        clusters.append(cur)
        return " ".join(clusters) + " " + rest
    if how == "digits":
        return (text.replace("บอล", "บ0ล").replace("slot", "SL0T").replace("โบนัส", "โบนัส")
                .replace("สล็อต", "สล็0ต").replace("casino", "c4sino"))
    if how == "variant":
        return text.replace("สล็อต", g.pick(["สล๊อต", "สลอต"])).replace("แ", "เเ")
    if how == "cyrillic":
        return text.replace("a", "а").replace("o", "о").replace("e", "е")
    return text


def spam_links(pool, g: Gen, n=None) -> str:
    n = n or g.r.randint(1, 6)
    out = []
    for _ in range(n):
        dom = g.pick(pool["domains"])
        path = g.pick(["", "/", "/register", "/?ref=" + str(g.r.randint(1, 99)), "/slot/"])
        out.append(f'<a href="https://{g.pick(["", "www."])}{dom}{path}">'
                   f'{disguise(g.pick(pool["phrases"]), g)}</a>')
    return g.pick([" ", " | ", "<br>", ", "]).join(out)


def spam_text(pool, g: Gen) -> str:
    return " ".join(disguise(p, g) for p in g.r.sample(pool["phrases"], 3))


# ---------------------------------------------------------------- infected forms
def _wrap_hidden(style_or_attr: str, inner: str, g: Gen) -> str:
    tag = g.pick(["div", "div", "span", "p", "section"])
    return f"<{tag} {style_or_attr}>{inner}</{tag}>"


def inj_hidden(kind):
    styles = {
        "display_none": ["display:none", "display: none;", "DISPLAY:NONE"],
        "visibility": ["visibility:hidden", "visibility: hidden; position:absolute"],
        "offscreen": ["position:absolute;left:-9999px", "position:absolute; top:-5000px;",
                      "position:fixed;left:-12000px;width:1px"],
        "text_indent": ["text-indent:-9999px", "text-indent: -10000px; overflow:hidden"],
        "zero_size": ["font-size:0", "font-size:0px;line-height:0",
                      "height:0;overflow:hidden", "height:1px;width:1px;overflow:hidden"],
        "opacity": ["opacity:0", "opacity: 0.0; position:absolute"],
    }[kind]

    def make(pool, g):
        inner = spam_links(pool, g) if g.r.random() < 0.8 else spam_text(pool, g)
        return {"body": _wrap_hidden(f'style="{g.pick(styles)}"', inner, g)}
    return make


def inj_class(pool, g):
    cls = g.pick(["hdn", "xk91", "wp-footer-links", "seo-box", "ad_" + str(g.r.randint(1, 99))])
    rule = g.pick(["display:none", "visibility:hidden", "position:absolute;left:-8000px",
                   "font-size:0;height:0;overflow:hidden"])
    head = f"<style>.{cls}{{{rule}}}</style>" if g.r.random() < 0.5 else \
        f"<style type=\"text/css\">\n  .other {{ color: #333 }}\n  .{cls} {{ {rule} }}\n</style>"
    return {"head": head, "body": f'<div class="{cls}">{spam_links(pool, g)}</div>'}


def inj_noscript(pool, g):
    return {"body": f"<noscript>{spam_links(pool, g)}</noscript>"}


def inj_title(pool, g):
    return {"title": disguise(g.pick(pool["phrases"]), g)}


def inj_meta(pool, g):
    kw = ", ".join(g.r.sample(pool["brands"], 3) + ["สล็อต", "บาคาร่า"])
    return {"head": g.pick([
        f'<meta name="description" content="{disguise(g.pick(pool["phrases"]), g)}">',
        f'<meta name="keywords" content="{kw}">',
        f'<meta name="description" content="{g.pick(pool["phrases"])}"><meta name="keywords"'
        f' content="{kw}">'])}


def inj_og(pool, g):
    return {"head": f'<meta property="og:title" content="{g.pick(pool["phrases"])}">'
                    f'<meta property="og:url" content="https://{g.pick(pool["domains"])}/">'}


def inj_jsonld(pool, g):
    return {"head": '<script type="application/ld+json">{"@context":"https://schema.org",'
                    f'"@type":"WebPage","name":"{g.pick(pool["phrases"])}","url":'
                    f'"https://{g.pick(pool["domains"])}/"}}</script>'}


def inj_canonical(pool, g):
    rel = g.pick(["canonical", "amphtml"])
    return {"head": f'<link rel="{rel}" href="https://{g.pick(pool["domains"])}/'
                    f'{g.pick(["", "amp/", "slot-online/"])}">'}


def inj_refresh(pool, g):
    return {"head": f'<meta http-equiv="refresh" content="{g.pick(["0", "1", "3"])};'
                    f'url=https://{g.pick(pool["domains"])}/">'}


def inj_iframe(pool, g):
    dom = g.pick(pool["domains"])
    return {"body": g.pick([
        f'<iframe src="https://{dom}/" width="0" height="0" frameborder="0"></iframe>',
        f'<iframe src="https://{dom}/promo" style="width:100%;height:600px"></iframe>',
        f'<embed src="https://{dom}/banner.swf" width="300" height="250">',
        f'<object data="https://{dom}/ads.html" width="1" height="1"></object>'])}


def inj_image(pool, g):
    dom, phrase = g.pick(pool["domains"]), g.pick(pool["phrases"])
    return {"body": g.pick([
        f'<a href="https://{dom}/"><img src="/images/banner{g.r.randint(1, 9)}.gif" '
        f'alt="{phrase}"></a>',
        f'<a href="https://{dom}/register" target="_blank"><img src="https://cdn.{dom}/b.png"'
        f' width="300"></a>',
        f'<img src="/uploads/ad.jpg" alt="{phrase}" title="{g.pick(pool["brands"])}">'])}


def _js_target(pool, g):
    return f"https://{g.pick(pool['domains'])}/"


def inj_js_referrer(pool, g):
    t = _js_target(pool, g)
    return {"tail": g.pick([
        f'<script>if(document.referrer.indexOf("google")>-1){{window.location.href="{t}";}}'
        "</script>",
        f"<script>var r=document.referrer;if(/google|bing/i.test(r)){{location.replace('{t}')}}"
        "</script>",
        f'<script type="text/javascript">\n(function(){{var ref = document.referrer;\n if (ref'
        f' && ref.match(/google\\./)) {{ top.location = "{t}"; }}\n}})();</script>'])}


def inj_js_mobile(pool, g):
    t = _js_target(pool, g)
    return {"tail": g.pick([
        f"<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){{window.location"
        f"='{t}'}}</script>",
        f'<script>if (window.innerWidth < 768 && navigator.userAgent.match(/mobile/i)) '
        f'{{ document.location.href = "{t}"; }}</script>'])}


def inj_js_base64(pool, g):
    t = _js_target(pool, g)
    code = g.pick([f'if(document.referrer.indexOf("google")!=-1){{location.href="{t}"}}',
                   f'window.location="{t}";',
                   f'if(/iphone|android/i.test(navigator.userAgent)){{location.replace("{t}")}}'])
    b64 = base64.b64encode(code.encode()).decode()
    return {"tail": g.pick([f'<script>eval(atob("{b64}"));</script>',
                            f"<script>var _s='{b64}';eval(atob(_s))</script>",
                            f'<script>window["ev"+"al"](window.atob("{b64}"))</script>'])}


def inj_js_charcode(pool, g):
    t = _js_target(pool, g)
    code = f'window.location.href="{t}"'
    nums = ",".join(str(ord(c)) for c in code)
    return {"tail": f"<script>eval(String.fromCharCode({nums}));</script>"}


def inj_js_hex(pool, g):
    t = _js_target(pool, g)
    hexed = "".join(f"\\x{ord(c):02x}" for c in t)
    return {"tail": g.pick([
        f'<script>var _0x1a=["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e","{hexed}"];'
        f'if(document.referrer.indexOf("\\x67\\x6f\\x6f\\x67\\x6c\\x65")>0){{window.location='
        f'"{hexed}"}}</script>',
        f'<script>document.location.href = "{hexed}";</script>'])}


def inj_js_write(pool, g):
    html = spam_links(pool, g, 3).replace('"', "'")
    return {"tail": g.pick([
        f'<script>document.write("<div style=\\"display:none\\">{html}</div>");</script>',
        f'<script>document.write(atob("{base64.b64encode(html.encode()).decode()}"))</script>'])}


def inj_script_src(pool, g):
    return {"tail": f'<script src="https://{g.pick(pool["domains"])}/js/popup.js"></script>'}


def inj_footer_links(pool, g):
    return {"body": f'<div class="partner">{spam_links(pool, g, g.r.randint(3, 8))}</div>'}


def inj_keyword(pool, g):
    return {"body": f"<p>{spam_text(pool, g)} {spam_text(pool, g)} {spam_text(pool, g)}</p>"}


def inj_english(pool, g):
    lines = " ".join(g.r.sample(pool["english"], min(2, len(pool["english"]))))
    dom = g.pick(pool["domains"])
    return {"body": f'<div style="display:none"><a href="https://{dom}/">{lines}</a></div>'
            if g.r.random() < 0.5 else f'<p>{lines} <a href="https://{dom}/">{dom}</a></p>'}


def inj_doorway(pool, g):
    blocks = "".join(f"<h2>{disguise(p, g)}</h2><p>{spam_text(pool, g)}</p>"
                     for p in g.r.sample(pool["phrases"], 4))
    return {"replace": f"<html><head><meta charset='utf-8'><title>{g.pick(pool['phrases'])}"
                       f"</title></head><body><h1>{g.pick(pool['brands'])}</h1>{blocks}"
                       f"{spam_links(pool, g, 4)}</body></html>"}


def inj_neutral(pool, g):
    """Spam on a host whose name says nothing: only what the page does gives it away."""
    dom = g.pick(pool["neutral"])
    return g.pick([
        {"head": f'<meta http-equiv="refresh" content="0; url=https://{dom}/">'},
        {"body": f'<iframe src="https://{dom}/" width="0" height="0" style="display:none">'
                 "</iframe>"},
        {"tail": f"<script>if(document.referrer.indexOf('google')>=0){{location.href="
                 f"'https://{dom}/'}}</script>"},
        {"body": '<div class="sponsor">' + " ".join(
            f'<a href="https://{dom}/{i}">{disguise(g.pick(pool["phrases"]), g)}</a>'
            for i in range(g.r.randint(1, 4))) + "</div>"},
    ])


INFECTED = {
    "hidden_display_none": inj_hidden("display_none"), "hidden_visibility":
    inj_hidden("visibility"), "hidden_offscreen": inj_hidden("offscreen"),
    "hidden_text_indent": inj_hidden("text_indent"), "hidden_zero_size": inj_hidden("zero_size"),
    "hidden_opacity": inj_hidden("opacity"), "hidden_class": inj_class,
    "noscript_links": inj_noscript, "meta_title": inj_title, "meta_description": inj_meta,
    "open_graph": inj_og, "json_ld": inj_jsonld, "canonical_amphtml": inj_canonical,
    "meta_refresh": inj_refresh, "iframe_embed": inj_iframe, "image_banner": inj_image,
    "js_referrer": inj_js_referrer, "js_mobile": inj_js_mobile, "js_base64": inj_js_base64,
    "js_charcode": inj_js_charcode, "js_hex": inj_js_hex, "js_document_write": inj_js_write,
    "script_src": inj_script_src, "footer_links": inj_footer_links,
    "keyword_spam": inj_keyword, "english_casino": inj_english, "neutral_host": inj_neutral,
}


# ---------------------------------------------------------------- hard clean cases
def c_campaign(a, g):
    return {"main": g.pick([
        "<h2>รณรงค์ต่อต้านการพนันออนไลน์</h2><p>ขอให้ประชาชนหลีกเลี่ยงเว็บพนันออนไลน์ เช่น "
        "สล็อต บาคาร่า และแทงบอล ซึ่งผิดกฎหมายตามพระราชบัญญัติการพนัน พ.ศ. 2478 "
        "และนำไปสู่หนี้สิน</p>",
        "<h2>ภัยจากการพนันออนไลน์</h2><p>มิจฉาชีพมักโฆษณาว่า สล็อตแตกง่าย ฝากถอนไม่มีขั้นต่ำ "
        "แจกเครดิตฟรี อย่าหลงเชื่อ การเล่นบาคาร่าหรือสล็อตออนไลน์เป็นความผิดตามกฎหมาย "
        "หากพบเบาะแสแจ้งสายด่วน 1599</p>",
        "<h2>โครงการเยาวชนห่างไกลการพนัน</h2><p>ครูและผู้ปกครองร่วมกันเตือนนักเรียนถึงอันตราย"
        "ของคาสิโนออนไลน์ สล็อต และบาคาร่า ที่ระบาดผ่านโซเชียลมีเดีย</p>",
        "<img src='/images/campaign.jpg' alt='ป้ายรณรงค์ ต่อต้านการพนัน สล็อต บาคาร่า'>"
        "<p>รณรงค์ให้ความรู้เรื่องพิษภัยของการพนันออนไลน์แก่ประชาชนในชุมชน</p>"]),
        "title": "รณรงค์ต่อต้านการพนันออนไลน์ สล็อต บาคาร่า" if g.r.random() < 0.4 else None}


def c_police(a, g):
    return {"main": g.pick([
        "<h2>ตำรวจจับกุมเครือข่ายเว็บพนันออนไลน์</h2><p>เจ้าหน้าที่ตำรวจภูธรจังหวัดหนองคาย "
        "เข้าจับกุมผู้ต้องหา 5 ราย ลักลอบเปิดเว็บสล็อตและบาคาร่าออนไลน์ ตรวจยึดของกลาง"
        "โทรศัพท์มือถือ 20 เครื่อง และบัญชีม้าที่ใช้รับฝากถอนเงิน</p>",
        "<h2>ทลายบ่อนการพนัน</h2><p>ชุดสืบสวนบุกจับวงไฮโลและไพ่ป๊อกเด้งในพื้นที่ ผู้ต้องหาถูก"
        "ดำเนินคดีตามกฎหมาย พร้อมยึดเงินสดที่ใช้เล่นการพนัน</p>",
        "<h2>ปราบปรามการพนันฟุตบอล</h2><p>ตำรวจเตรียมปราบปรามการแทงบอลออนไลน์ช่วงฟุตบอลโลก "
        "ผู้ใดพบเห็นแจ้งเบาะแสได้ที่ 191</p>"]),
        "title": "ตำรวจจับกุมเครือข่ายพนันออนไลน์" if g.r.random() < 0.4 else None}


def c_lottery(a, g):
    nums = " ".join(str(g.r.randint(100000, 999999)) for _ in range(5))
    return {"main": f"<h2>ผลการออกรางวัลสลากกินแบ่งรัฐบาล งวดวันที่ {g.r.randint(1, 16)} "
                    f"มกราคม 2568</h2><p>รางวัลที่ 1 {g.r.randint(100000, 999999)} เลขท้าย 2 ตัว "
                    f"{g.r.randint(10, 99)}</p><p>รางวัลที่ 2 {nums}</p><p>ตรวจหวยกับ"
                    "<a href='https://www.glo.or.th/'>สำนักงานสลากกินแบ่งรัฐบาล</a></p>",
            "title": "ตรวจหวย ผลสลากกินแบ่งรัฐบาล" if g.r.random() < 0.5 else None}


def c_football(a, g):
    team = g.pick(["บุรีรัมย์ ยูไนเต็ด", "การท่าเรือ เอฟซี", "ชลบุรี เอฟซี", "หนองคาย เอฟซี"])
    return {"main": f"<h2>ผลฟุตบอลไทยลีก</h2><p>{team} เปิดบ้านเอาชนะคู่แข่ง 2-1 ในศึกไทยลีก"
                    " นัดที่ 12 ขยับขึ้นสู่อันดับสองของตาราง ผลบอลเมื่อคืนนี้ทำให้แฟนบอลหนองคาย"
                    "ดีใจ การแข่งขันฟุตบอลเยาวชนตำบลจะเปิดรับสมัครทีมในเดือนหน้า</p>"}


def c_tender(a, g):
    return {"main": "<h2>ประกาศประกวดราคาซื้อเครื่องคอมพิวเตอร์แม่ข่าย (e-bidding)</h2><table>"
                    "<tr><td>CPU</td><td>2 x Intel Xeon Silver 16 cores</td></tr><tr><td>Memory"
                    "</td><td>256 GB DDR5, 16 DIMM slots, expandable to 1 TB</td></tr><tr><td>"
                    "Expansion</td><td>3 x PCIe Gen5 slot, 2 x M.2 slot</td></tr><tr><td>Drive"
                    "</td><td>8 x 2.5\" hot-swap drive slots</td></tr></table><p>ยื่นข้อเสนอผ่าน"
                    "ระบบ e-GP ราคากลาง 850,000 บาท</p>"}


def c_booking(a, g):
    slots = "".join(f"<option>{h:02d}:00-{h + 1:02d}:00</option>" for h in range(8, 16))
    return {"main": "<h2>จองคิวรับบริการออนไลน์ / Online booking</h2><form action='/booking'>"
                    f"<label>Choose a time slot / เลือกช่วงเวลา</label><select name='slot'>{slots}"
                    "</select><p>Each time slot serves 10 people. Book a slot before 16.00.</p>"
                    "<button>จองคิว</button></form>"}


def c_coop(a, g):
    return {"main": "<h2>บริการเงินฝากออมทรัพย์</h2><p>สมาชิกสหกรณ์สามารถฝาก-ถอน ไม่มีขั้นต่ำ "
                    "ผ่านแอปพลิเคชันได้ตลอด 24 ชั่วโมง อัตราดอกเบี้ยเงินฝาก 2.75% ต่อปี "
                    "สมัครสมาชิกใหม่รับของที่ระลึก ปันผลและเฉลี่ยคืนประจำปี โบนัสเจ้าหน้าที่"
                    "ตามมติที่ประชุมใหญ่</p><p>โปรโมชั่นเงินฝากประจำ 12 เดือน</p>"}


def c_line(a, g):
    name, host, _ = a
    oa = "@" + host.split(".")[0][:12]
    return {"main": f"<p>ติดตามข่าวสารและแจ้งเรื่องร้องเรียนผ่าน LINE Official Account "
                    f"<a href='https://line.me/R/ti/p/{oa}'>{oa}</a> หรือสแกน QR Code "
                    f"<a href='https://lin.ee/{g.r.randint(1000, 9999)}Abc'><img src='/images/"
                    "line-qr.png' alt='เพิ่มเพื่อน LINE'></a> สมัครรับข่าวสารฟรี</p>"}


def c_advisory(a, g):
    code = ('&lt;div style="display:none"&gt;&lt;a href="https://ufabet168.com/"&gt;'
            "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ&lt;/a&gt;&lt;/div&gt;\n&lt;script&gt;if(document."
            'referrer.indexOf("google")&gt;-1){location.href="https://pgslot-auto.net/"}'
            "&lt;/script&gt;")
    return {"main": "<h2>แจ้งเตือนภัยคุกคาม: การฝังลิงก์เว็บพนันในเว็บไซต์หน่วยงานรัฐ</h2>"
                    "<p>ศูนย์ประสานการรักษาความมั่นคงปลอดภัยระบบคอมพิวเตอร์ (ThaiCERT) พบการโจมตี"
                    "ที่ฝังโค้ดซ่อนลิงก์สล็อตในเว็บไซต์ที่มีช่องโหว่ ตัวอย่างโค้ดที่พบ:</p>"
                    f"<pre><code>{code}</code></pre><p>ให้ผู้ดูแลระบบตรวจสอบและอัปเดต CMS</p>"}


def c_skiplink(a, g):
    return {"body": g.pick([
        '<a class="skip-link" href="#main" style="position:absolute;left:-9999px;top:auto">'
        "ข้ามไปยังเนื้อหาหลัก</a>",
        '<a href="#content" class="sr-only" style="position:absolute;width:1px;height:1px;'
        'overflow:hidden;clip:rect(0,0,0,0)">Skip to content</a>'])}


def c_mobile_menu(a, g):
    items = "".join(f"<li><a href='/m/{i}'>{m}</a></li>" for i, m in enumerate(MENU))
    return {"head": "<style>.mobile-nav{display:none}@media(max-width:768px){.mobile-nav"
                    "{display:block}}</style>",
            "body": g.pick([f'<nav class="mobile-nav"><ul>{items}</ul></nav>',
                            f'<div id="offcanvas" style="display:none"><ul>{items}</ul></div>'])}


def c_refresh(a, g):
    name, host, _ = a
    return {"head": f'<meta http-equiv="refresh" content="{g.pick(["0", "300"])};'
                    f'url=https://www.{host}/index.php">'}


def c_embeds(a, g):
    return {"body": '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3794" '
                    'width="600" height="450" style="border:0" loading="lazy"></iframe>'
                    '<iframe width="560" height="315" src="https://www.youtube.com/embed/'
                    f'{g.r.choice(["dQw4w9WgXcQ", "a1B2c3D4e5F", "Xy9_8z7W6v5"])}" '
                    'allowfullscreen></iframe>'}


def c_packed(a, g):
    packed = ("eval(function(p,a,c,k,e,d){e=function(c){return c};if(!''.replace(/^/,String))"
              "{while(c--){d[c]=k[c]||c}k=[function(e){return d[e]}];e=function(){return'\\\\w+'}"
              ";c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}"
              "return p}('0 1=2.3(\\'4\\');1.5=\\'6\\';',7,7,'var|el|document|getElementById|"
              "slider|className|active'.split('|'),0,{}))")
    cfg = base64.b64encode(b'{"theme":"blue","fontSize":16,"lang":"th"}').decode()
    return {"tail": g.pick([
        f"<script>{packed}</script>",
        f"<script>var cfg=JSON.parse(atob('{cfg}'));document.body.dataset.theme=cfg.theme;"
        "</script>",
        "<script>if(location.protocol!=='https:'){location.replace('https:'+location.href."
        "substring(location.protocol.length))}</script>",
        "<script async src='https://www.googletagmanager.com/gtag/js?id=G-ABC123'></script>"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','G-ABC123');</script>"])}


def c_plain(a, g):
    return {"main": f"<h2>{g.pick(NEWS)}</h2><p>{g.para(3, 8)}</p>"}


def c_fbpixel(a, g):
    return {"tail": "<noscript><img height='1' width='1' style='display:none' src='https://www."
                    "facebook.com/tr?id=123&ev=PageView&noscript=1'/></noscript>"}


def c_news_links(a, g):
    links = [("https://www.thairath.co.th/news/crime/{n}", "รวบแก๊งเว็บพนันออนไลน์ สล็อต บาคาร่า"),
             ("https://www.khaosod.co.th/breaking-news/news_{n}", "ตำรวจทลายบ่อนพนันออนไลน์"),
             ("https://www.dailynews.co.th/news/{n}", "เตือนภัยโฆษณาเว็บสล็อต หลอกลวงเยาวชน"),
             ("https://www.example-blog.net/{n}", "ผลกระทบของการพนันต่อครอบครัว งานวิจัย")]
    items = "".join(f'<li><a href="{u.format(n=g.r.randint(1000, 99999))}">{t}</a></li>'
                    for u, t in g.r.sample(links, 3))
    return {"main": f"<h3>ข่าวที่เกี่ยวข้อง</h3><ul>{items}</ul>"}


CLEAN = {
    "campaign": c_campaign, "police_news": c_police, "lottery": c_lottery,
    "football": c_football, "tender_dimm": c_tender, "booking_slot": c_booking,
    "coop_deposit": c_coop, "line_oa": c_line, "security_advisory": c_advisory,
    "skip_link": c_skiplink, "mobile_menu": c_mobile_menu, "same_site_refresh": c_refresh,
    "maps_youtube": c_embeds, "packed_js": c_packed, "plain": c_plain, "fb_pixel": c_fbpixel,
    "news_links": c_news_links,
}


# ---------------------------------------------------------------- assembly
FIELDS = ["file", "label", "form", "family", "split", "url", "encoding", "persona", "group",
          "status", "final_url"]


def assemble(template, agency, parts: list[dict], g: Gen) -> str:
    main = "\n".join(p["main"] for p in parts if p.get("main")) or \
        g.body_filler(g.pick(["short", "medium", "medium", "long"]))
    if g.r.random() < 0.6:
        main += "\n" + g.body_filler(g.pick(["short", "medium", "long"]))
    head = "".join(p.get("head", "") for p in parts)
    tail = "".join(p.get("tail", "") for p in parts)
    for p in parts:
        if p.get("body"):
            where = g.r.random()
            if where < 0.4:
                main = p["body"] + main
            elif where < 0.8:
                main = main + p["body"]
            else:
                tail = p["body"] + tail
    html = TEMPLATES[template](agency, main, g, head=head, tail=tail)
    for p in parts:
        if p.get("title"):
            start, end = html.index("<title>") + 7, html.index("</title>")
            html = html[:start] + p["title"] + g.pick(["", " - " + agency[0]]) + html[end:]
        if p.get("replace"):
            html = p["replace"]
    return html


class Writer:
    def __init__(self):
        self.rows, self.n = [], 0

    def page(self, html: str, label: str, form: str, family: str, url: str, g: Gen, **extra):
        self.n += 1
        tis = g.r.random() < 0.12 and not extra.get("persona")
        name = f"{self.n:04d}-{label}-{form}" + (".tis620.html" if tis else ".html")
        if tis:
            html = html.replace("charset=utf-8", "charset=windows-874").replace(
                'charset="utf-8"', 'charset="windows-874"').replace("UTF-8", "windows-874")
            (PAGES / name).write_bytes(html.encode("cp874", errors="xmlcharrefreplace"))
        else:
            (PAGES / name).write_text(html, encoding="utf-8")
        row = {"file": name, "label": label, "form": form, "family": family,
               "split": "heldout" if family in HELDOUT else "train", "url": url,
               "encoding": "cp874" if tis else "utf-8", "persona": "desktop",
               "group": f"g{self.n:04d}", "status": 200, "final_url": url}
        row.update(extra)
        self.rows.append(row)
        return row


def clean_extras(g: Gen, agency, k: int) -> list[dict]:
    names = g.r.sample(sorted(CLEAN), k)
    return [CLEAN[n](agency, g) for n in names]


def build(out: Writer, seed: int = 4) -> None:
    g = Gen(seed)
    templates = sorted(TEMPLATES)
    for form_no, form in enumerate(sorted(INFECTED)):
        for i in range(7):
            t = templates[(form_no + i * 3) % len(templates)]
            pool = SPAM["heldout" if t in HELDOUT else "train"]
            agency = g.pick(AGENCIES)
            parts = clean_extras(g, agency, g.r.randint(0, 2)) + [INFECTED[form](pool, g)]
            url = page_url(agency[1], g)
            out.page(assemble(t, agency, parts, g), "infected", form, t, url, g)
    for kind_no, kind in enumerate(sorted(CLEAN)):
        for i in range(11):
            t = templates[(kind_no + i * 3) % len(templates)]
            agency = g.pick(AGENCIES)
            parts = [CLEAN[kind](agency, g)] + clean_extras(g, agency, g.r.randint(0, 2))
            url = page_url(agency[1], g)
            out.page(assemble(t, agency, parts, g), "clean", kind, t, url, g)
    personas(out, g, templates)


def personas(out: Writer, g: Gen, templates: list[str]) -> None:
    """Groups of fetches of one URL: cloaking, offsite HTTP redirects, doorways, soft 404."""
    for i in range(40):
        t = templates[i % len(templates)]
        pool = SPAM["heldout" if t in HELDOUT else "train"]
        agency = g.pick(AGENCIES)
        url = page_url(agency[1], g)
        clean_html = assemble(t, agency, clean_extras(g, agency, 1), g)
        spam_html = assemble(t, agency, [inj_keyword(pool, g), inj_footer_links(pool, g),
                                         inj_title(pool, g)], g)
        landing = inj_doorway(pool, g)["replace"]
        form = ["cloaking_googlebot", "cloaking_referrer", "cloaking_phone",
                "http_redirect", "doorway", "soft404"][i % 6] if i < 36 else "cloaking_clean"
        group = f"p{i:03d}"
        row = dict(group=group)
        if form == "cloaking_googlebot":
            out.page(clean_html, "clean", form, t, url, g, persona="desktop", **row)
            out.page(spam_html, "infected", form, t, url, g, persona="googlebot", **row)
        elif form == "cloaking_referrer":
            target = f"https://{g.pick(pool['domains'])}/"
            out.page(clean_html, "clean", form, t, url, g, persona="desktop", **row)
            out.page(landing, "infected", form, t, url, g, persona="google_referrer",
                     final_url=target, **row)
        elif form == "cloaking_phone":
            out.page(clean_html, "clean", form, t, url, g, persona="desktop", **row)
            out.page(spam_html, "infected", form, t, url, g, persona="phone", **row)
        elif form == "http_redirect":
            target = f"https://{g.pick(pool['domains'])}/"
            for persona in ("desktop", "phone", "googlebot"):
                out.page(landing, "infected", form, t, url, g, persona=persona,
                         final_url=target, **row)
        elif form == "doorway":
            path = g.pick(["/slot/", "/ewt_mod/pg/", "/wp-content/uploads/2024/05/ufa.html",
                           "/images/upload/slot-online.html", "/casino/index.php"])
            door = "https://www." + agency[1] + path
            out.page(landing, "infected", form, t, door, g, persona="desktop", **row)
        elif form == "soft404":
            probe = f"https://www.{agency[1]}/pcio-probe-{g.r.randint(10**8, 10**9)}"
            out.page(landing, "infected", form, t, probe, g, persona="desktop", **row)
        else:
            # a mobile layout that differs from the desktop one without any gambling
            out.page(clean_html, "clean", form, t, url, g, persona="desktop", **row)
            out.page(assemble(t, agency, clean_extras(g, agency, 2), g), "clean", form, t, url,
                     g, persona=g.pick(["phone", "googlebot"]), **row)


# ---------------------------------------------------------------- issue 13 families
# Written after the pages above with a generator of their own, so those stay the same.
WARNINGS = [
    ("ภัยพนันออนไลน์ใกล้ตัว",
     "<p>ปัจจุบันมีการโฆษณาเว็บพนันออนไลน์ผ่านโซเชียลมีเดีย โดยใช้ข้อความว่า \"สล็อตแตกง่าย "
     "ฝากถอนไม่มีขั้นต่ำ สมัครรับเครดิตฟรี\" ซึ่งเป็นคำหลอกลวงของมิจฉาชีพ อย่าหลงเชื่อ</p>"
     "<p>การเล่นการพนันออนไลน์ทุกประเภทผิดกฎหมายตามพระราชบัญญัติการพนัน พ.ศ. 2478 ผู้เล่นมีโทษ"
     "จำคุกไม่เกิน 3 ปี หรือปรับไม่เกิน 5,000 บาท</p>"),
    ("รณรงค์ห้ามเล่นการพนันในสถานศึกษา",
     "<p>สถานศึกษาร่วมรณรงค์ให้นักเรียนห่างไกลการพนัน ห้ามเล่นการพนันทุกชนิด ทั้งบาคาร่า สล็อต "
     "และแทงบอลออนไลน์ ผู้ปกครองควรสังเกตบุตรหลานที่ติดพนันและมีหนี้สิน</p><p>หากพบเห็นการชักชวน"
     "ให้เล่นพนัน แจ้งเบาะแสได้ที่สายด่วน 1599 หรือปรึกษาสายด่วนสุขภาพจิต 1323</p>"),
    ("รู้ทัน พ.ร.บ.การพนัน",
     "<p>ตาม พ.ร.บ.การพนัน พ.ศ. 2478 การเล่นหรือจัดให้มีการเล่นคาสิโน บาคาร่า และไฮโล เป็นความผิด"
     " ผู้ที่โฆษณาหรือชักชวนให้เล่นพนันออนไลน์ก็มีโทษเช่นกัน</p><ul><li>เว็บที่อ้างว่าโบนัส 100% "
     "มักเป็นกลลวงของมิจฉาชีพ</li><li>เจ้าหน้าที่ตำรวจจะดำเนินคดีกับผู้เล่นและเจ้ามือ</li></ul>"),
    ("เตือนภัยแก๊งพนันออนไลน์",
     "<p>เตือนภัยประชาชน แก๊งมิจฉาชีพส่ง SMS ชวนเล่นสล็อตและบาคาร่าออนไลน์ อ้างว่ามีเครดิตฟรีและ"
     "ถอนได้จริง เมื่อโอนเงินแล้วไม่สามารถถอนคืนได้ การพนันออนไลน์ผิดกฎหมาย อย่าตกเป็นเหยื่อ</p>"
     "<p>ตำรวจภูธรจังหวัดหนองคายเร่งปราบปรามและจับกุมผู้กระทำผิด</p>"),
]
REASSURANCES = ["ห้ามพลาด", "ถูกกฎหมาย 100%", "ไม่ผิดกฎหมาย", "ปลอดภัย ไม่โกง", "มั่นคง จ่ายจริง",
                "ไม่มีมิจฉาชีพ", "เว็บตรง ไม่หลอกลวง"]


def hidden_tab(html: str, g: Gen) -> dict:
    """A tab or accordion panel hidden until clicked, as agency templates write them."""
    return g.pick([
        {"head": "<style>.tabcontent{display:none;padding:6px 12px}</style>",
         "body": "<div class='tab'><button onclick=\"openTab(event,'t1')\">ข่าว</button><button "
                 f"onclick=\"openTab(event,'t2')\">ความรู้</button></div><div id='t2' "
                 f"class='tabcontent'>{html}</div>"},
        {"body": f"<div class='tab-pane' id='knowledge' style='display:none'>{html}</div>"},
        {"body": f"<section class='accordion-body' hidden>{html}</section>"},
        {"body": f"<div class='panel d-none'>{html}</div>"},
    ])


def c_hidden_warning(a, g):
    title, body = g.pick(WARNINGS)
    return hidden_tab(f"<h3>{title}</h3>{body}", g)


def inj_hidden_reassured(pool, g):
    """Hidden promotion that borrows a warning's words to pass as one."""
    claims = " ".join(g.r.sample(REASSURANCES, 2))
    inner = g.pick([spam_links(pool, g, 3), spam_text(pool, g)])
    return hidden_tab(f"<p>{claims} {inner} {g.pick(['ผิดกฎหมาย?', 'รณรงค์'])}</p>", g)


def inj_fake_warning(pool, g):
    """A 'warning' that sends readers to the spammer's own site."""
    dom = g.pick(pool["domains"] + pool["neutral"])
    return hidden_tab("<h3>เตือนภัย! เว็บพนันปลอมหลอกลวง</h3><p>มิจฉาชีพมีมาก เล่นกับเว็บตรงของเรา"
                      f"เท่านั้น <a href='https://{dom}/'>{disguise(g.pick(pool['phrases']), g)}"
                      "</a> สมัครวันนี้รับโบนัส</p>", g)


def c_redirect_known(a, g):
    """Personas sent to a known service or another government site: not spam."""
    return g.pick(["https://m.facebook.com/{0}", "https://www.facebook.com/{0}",
                   "https://www.nongkhai.go.th/", "https://line.me/R/ti/p/@{0}",
                   "https://www.youtube.com/@{0}"]).format(a[1].split(".")[0])


def issue13(out: Writer, seed: int = 13) -> None:
    g = Gen(seed)
    templates = sorted(TEMPLATES)
    for i in range(16):
        t, agency = templates[i % len(templates)], g.pick(AGENCIES)
        pool = SPAM["heldout" if t in HELDOUT else "train"]
        parts = [c_hidden_warning(agency, g)] + clean_extras(g, agency, g.r.randint(0, 1))
        out.page(assemble(t, agency, parts, g), "clean", "hidden_warning_tab", t,
                 page_url(agency[1], g), g)
        form, inj = [("hidden_reassured", inj_hidden_reassured),
                     ("hidden_fake_warning", inj_fake_warning)][i % 2]
        parts = clean_extras(g, agency, g.r.randint(0, 1)) + [inj(pool, g)]
        out.page(assemble(t, agency, parts, g), "infected", form, t, page_url(agency[1], g), g)
    for i in range(24):
        redirect_group(out, g, templates[i % len(templates)], i)


def redirect_group(out: Writer, g: Gen, t: str, i: int) -> None:
    """One URL as several personas, sent elsewhere by the server (status 0: the target could
    not be fetched, as a blocked gambling domain cannot)."""
    pool = SPAM["heldout" if t in HELDOUT else "train"]
    agency = g.pick(AGENCIES)
    url, row = page_url(agency[1], g), {"group": f"r{i:03d}"}
    clean_html = assemble(t, agency, clean_extras(g, agency, 1), g)
    form = ["redirect_phone_google", "redirect_googlebot_blocked", "redirect_everyone_blocked",
            "redirect_known_service"][i % 4]
    who = {"redirect_phone_google": ["phone_google"],
           "redirect_googlebot_blocked": ["googlebot", "googlebot_smartphone"],
           "redirect_everyone_blocked": ["desktop", "phone", "phone_google"],
           "redirect_known_service": ["phone"]}[form]
    if "desktop" not in who:
        out.page(clean_html, "clean", form, t, url, g, persona="desktop", **row)
    if form == "redirect_known_service":
        target = c_redirect_known(agency, g)
        out.page(assemble(t, agency, clean_extras(g, agency, 1), g), "clean", form, t, url, g,
                 persona="phone", final_url=target, **row)
        return
    target = "https://" + g.pick(pool["neutral"] if form == "redirect_phone_google"
                                 else pool["domains"]) + g.pick(["/", "/th/", "/?ref=gov"])
    for persona in who:
        out.page("", "infected", form, t, url, g, persona=persona, final_url=target,
                 status=0, **row)


def copy_hand(out: Writer) -> None:
    listing = HERE / "hand.csv"
    if not listing.exists():
        return
    with listing.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.n += 1
            full = {k: "" for k in FIELDS} | {"persona": "desktop", "status": 200,
                                              "group": f"h{out.n:04d}"}
            full.update({k: v for k, v in row.items() if v})
            full["file"] = f"../hand/{row['file']}"  # read where it is written, not copied
            full.setdefault("final_url", full["url"])
            full["final_url"] = full["final_url"] or full["url"]
            out.rows.append(full)


def main() -> None:
    if PAGES.exists():
        shutil.rmtree(PAGES)
    PAGES.mkdir()
    out = Writer()
    build(out)
    issue13(out)
    copy_hand(out)  # last: a page added by hand renumbers no generated page
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(out.rows)
    infected = sum(r["label"] == "infected" for r in out.rows)
    print(f"{len(out.rows)} pages, {infected} infected, {len(out.rows) - infected} clean")


if __name__ == "__main__":
    main()
