"""Who owns a host: its registrable domain and top-level domain (Public Suffix List), and
whether it is a government, education or known service domain (known_domains.csv).

The list is the snapshot bundled in the publicsuffixlist package: nothing is fetched at run
time, so a scan behaves the same on a government network that blocks the outside world.
"""

from __future__ import annotations

import csv
import ipaddress
from functools import lru_cache
from pathlib import Path

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()
KNOWN_FILE = Path(__file__).with_name("known_domains.csv")


@lru_cache(maxsize=1)
def known() -> dict[str, str]:
    """domain -> kind, from the data file (lines starting with # are notes)."""
    with KNOWN_FILE.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["domain"].strip().lower(): r["kind"].strip() for r in rows if r["domain"]}


def _ip(host: str):
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _is_ip(host: str) -> bool:
    return _ip(host) is not None


def internal(host: str) -> bool:
    """A private, loopback or link-local address: the agency's own network, never a spam
    site (and never fetched unless allowed, so a redirect there is not seen either)."""
    ip = _ip(host)
    return ip is not None and not ip.is_global


@lru_cache(maxsize=8192)
def registrable(host: str) -> str:
    """www.a.nongkhai.go.th -> nongkhai.go.th; x.github.io stays whole (a private suffix);
    an address or a name without a public suffix is its own owner."""
    host = host.lower().rstrip(".")
    if not host or _is_ip(host):
        return host
    return _PSL.privatesuffix(host) or host


@lru_cache(maxsize=8192)
def suffix(host: str) -> str:
    """The public suffix (top-level domain as registries sell it): go.th, com, bet."""
    host = host.lower().rstrip(".")
    if not host or _is_ip(host):
        return ""
    return _PSL.publicsuffix(host) or ""


@lru_cache(maxsize=8192)
def kind(host: str) -> str:
    """government / education / service / web / news for a known host, else ""."""
    table = known()
    parts = host.lower().rstrip(".").split(".")
    for i in range(len(parts)):
        found = table.get(".".join(parts[i:]))
        if found:
            return found
    return ""
