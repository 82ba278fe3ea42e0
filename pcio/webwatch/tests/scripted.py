"""Pages whose spam exists only once their scripts run (tests and the corpus generator).

Each builder hides `html` behind a different run-time construction that textual decoding
(detect/js.py) cannot undo: character codes shifted by a key, fragments put back together by
a loop, and a p,a,c,k,e,r packer wrapping such a loop.
"""

import re

SPAM = ('<div class="ft-links"><a href="https://ufabet-vip99.example/">สล็อตเว็บตรง '
        'สมัครรับเครดิตฟรี 100%</a> <a href="https://pgslot-auto.example/">บาคาร่า ฝากถอนออโต้'
        '</a></div>')


def page(script: str, title="องค์การบริหารส่วนตำบลตัวอย่าง", extra="") -> str:
    return (f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}'
            f'</title></head><body><header><h1>{title}</h1></header><main><h2>ข่าวประชาสัมพันธ์'
            f'</h2><p>ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ ครั้งที่ 2 ประจำปี 2567 '
            f'ณ ห้องประชุม</p>{extra}</main><footer id="ft">ที่ทำการ อบต. โทร 042-000000'
            f'</footer><script>{script}</script></body></html>')


def charcode_shift(html: str = SPAM, key: int = 7) -> str:
    """Each character's code plus key, subtracted again in a loop."""
    codes = ",".join(str(ord(c) + key) for c in html)
    return (f"(function(){{var d=[{codes}],o='';for(var i=0;i<d.length;i++)"
            f"{{o+=String.fromCharCode(d[i]-{key});}}"
            f"document.getElementById('ft').insertAdjacentHTML('beforeend',o);}})();")


def loop_fragments(html: str = SPAM) -> str:
    """Three-character fragments stored out of order, joined by an index loop and string
    arithmetic."""
    parts = [html[i:i + 3] for i in range(0, len(html), 3)]
    order = list(range(len(parts)))[::-1]
    stored = [parts[i] for i in order]
    quoted = ",".join("'" + p.replace("\\", "\\\\").replace("'", "\\'") + "'" for p in stored)
    return (f"var f=[{quoted}],n=f.length,s='';for(var k=n-1;k>=0;k--){{s=s+f[k];}}"
            f"var box=document.createElement('div');box.innerHTML=s;"
            f"document.getElementById('ft').appendChild(box);")


def packed(source: str) -> str:
    """Dean Edwards' p,a,c,k,e,r (radix 36): every ASCII word replaced by its index."""
    words = list(dict.fromkeys(re.findall(r"\b\w+\b", source, re.ASCII)))

    def base36(n):
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        return (base36(n // 36) if n >= 36 else "") + digits[n % 36]

    index = {w: base36(i) for i, w in enumerate(words)}
    payload = re.sub(r"\b\w+\b", lambda m: index[m.group(0)], source, flags=re.ASCII)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'")
    return ("eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};"
            "if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}"
            "k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--)"
            "{if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
            f"('{payload}',36,{len(words)},'{'|'.join(words)}'.split('|'),0,{{}}))")


def convicted_only_when_rendered(url):
    """The page as rendering judges it, after checking static analysis alone misses it: the
    case rendering exists for."""
    from pcio.webwatch.crawl import check_url

    assert check_url(url, allow_private=True, render=False).verdict == "clean"
    page = check_url(url, allow_private=True, render=True)
    assert page.verdict == "infected", page.findings
    return page.findings[0]
