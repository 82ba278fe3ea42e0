"""Automatic checks of declared channels: reachable, HTTPS with a valid certificate, no
redirect to another site; an e-mail domain has an MX record. Plain Python (no web layer)."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from pcio.lib.fetch import FetchError, fetch

# Facebook pages and LINE OA links go through the platform's own short links and login pages,
# so a hop to another host is normal there; an agency's own forms must stay on its site.
FOREIGN_REDIRECT_ALLOWED = {"facebook", "line_oa"}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def check_url(url: str, *, kind: str = "", verify=True, allow_private=None,
              timeout=None) -> Outcome:
    try:
        result = fetch(url, verify=verify, allow_private=allow_private, timeout=timeout,
                       max_bytes=2 * 1024 * 1024)
    except FetchError as exc:
        return Outcome(False, exc.message)
    return judge(url, result.final_url, result.status, result.redirects, kind)


def judge(url, final_url, status, redirects, kind="") -> Outcome:
    if status >= 400:
        return Outcome(False, f"เว็บไซต์ตอบกลับด้วยรหัส {status} / HTTP {status}")
    foreign = [hop for hop in redirects if site_of(hop) != site_of(url)]
    if foreign and kind not in FOREIGN_REDIRECT_ALLOWED:
        return Outcome(False, f"เปลี่ยนเส้นทางไปยังเว็บไซต์อื่น: {site_of(foreign[0])} "
                              "/ Redirects to another site")
    if urlsplit(final_url).scheme != "https":
        return Outcome(False, "ไม่ได้ใช้ HTTPS / Not served over HTTPS")
    return Outcome(True, "ใช้งานได้ HTTPS ใบรับรองถูกต้อง / OK")


def make_resolver(servers=(), timeout=5.0):
    """A dnspython resolver; `servers` like ["127.0.0.1:5353"] replaces the system's."""
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=not servers)
    if servers:
        host, _, port = servers[0].rpartition(":") if ":" in servers[0] else (servers[0], "", "")
        resolver.port = int(port or 53)  # before nameservers: they take the port when set
        resolver.nameservers = [host]
    resolver.lifetime = timeout
    return resolver


def check_mx(address_or_domain: str, resolver) -> Outcome:
    import dns.exception
    import dns.resolver

    domain = address_or_domain.rpartition("@")[2].strip().lower()
    if not domain or "." not in domain:
        return Outcome(False, f"โดเมนอีเมลไม่ถูกต้อง: {address_or_domain!r}")
    try:
        answer = resolver.resolve(domain, "MX")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return Outcome(False, f"โดเมน {domain} ไม่มีระเบียน MX รับอีเมลไม่ได้ / No MX record")
    except dns.exception.DNSException as exc:
        return Outcome(False, f"ค้นหา MX ของ {domain} ไม่สำเร็จ ({type(exc).__name__})")
    hosts = sorted(str(r.exchange).rstrip(".") for r in answer)
    return Outcome(True, f"มีระเบียน MX: {', '.join(hosts)}")
