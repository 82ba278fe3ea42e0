"""Where watched sites come from: the agency registry's websites, and a spreadsheet import."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from pcio.agencies.models import Agency, Website
from pcio.lib import importer
from pcio.lib.importer import Result, Row, RowError
from pcio.webwatch.detect.lexicon import host_of, site_of
from pcio.webwatch.models import Site

COLUMNS = ["url", "agency_code", "interval_hours", "max_pages", "active"]


def sync_from_registry() -> int:
    """A Site for every registry website not watched yet; returns how many were added."""
    watched = set(Site.objects.values_list("url", flat=True))
    new = [Site(agency_id=w.agency_id, website=w, url=w.url, is_sample=w.agency.is_sample)
           for w in Website.objects.select_related("agency") if w.url not in watched]
    unique = list({site.url: site for site in new}.values())
    Site.objects.bulk_create(unique, batch_size=500, ignore_conflicts=True)
    return len(unique)


def own_hosts(agency_id) -> list[str]:
    """Hosts of the agency's websites (registry and watched sites): a link or redirect to
    one of them stays with the agency."""
    urls = [*Website.objects.filter(agency_id=agency_id).values_list("url", flat=True),
            *Site.objects.filter(agency_id=agency_id).values_list("url", flat=True)]
    return sorted({host for host in map(_host, urls) if host})


def own_hosts_for(url: str) -> list[str]:
    """For a URL checked by hand: the websites of every agency registered with its domain."""
    site = site_of(host_of(url))
    agencies = {w.agency_id for w in Website.objects.only("url", "agency_id")
                if site_of(host_of(w.url)) == site}
    agencies |= {s.agency_id for s in Site.objects.only("url", "agency_id")
                 if site_of(host_of(s.url)) == site}
    return sorted({host for a in agencies for host in own_hosts(a)})


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@dataclass
class ParsedSite:
    url: str
    agency: Agency
    values: dict


class SiteImporter(importer.RowImporter):
    required = ("url", "agency_code")
    optional = ("interval_hours", "max_pages", "active")

    def __init__(self):
        self.agencies = {a.code: a for a in Agency.objects.all()}
        self.check_url = URLValidator(schemes=["http", "https"])

    def parse(self, row: Row) -> ParsedSite:
        url = importer.text(row, "url", required=True, max_length=500)
        try:
            self.check_url(url)
        except ValidationError:
            raise RowError(_("ที่อยู่เว็บไซต์ไม่ถูกต้อง: %(url)r") % {"url": url}) from None
        code = importer.text(row, "agency_code", required=True)
        if code not in self.agencies:
            raise RowError(_("ไม่พบหน่วยงานรหัส %(code)r") % {"code": code})
        hours = importer.number(row, "interval_hours", required=False, low=1, high=24 * 31)
        pages = importer.number(row, "max_pages", required=False, low=1, high=10000)
        active = row.values.get("active") in ("", None) or importer.boolean(row, "active")
        values = {"interval_hours": int(hours or 24), "max_pages": int(pages or 0),
                  "active": active}
        return ParsedSite(url, self.agencies[code], values)

    def check(self, parsed):
        return importer.duplicates(parsed, lambda s: s.url, _("เว็บไซต์"))

    def apply(self, parsed) -> Result:
        result = Result()
        existing = importer.by_key(Site.objects, "url", [p.url for _line, p in parsed])
        for _line, item in parsed:
            site = existing.get(item.url)
            if site is None:
                Site.objects.create(url=item.url, agency=item.agency, **item.values)
                result.created += 1
            elif importer.update_fields(site, {"agency": item.agency, **item.values}):
                site.save()
                result.updated += 1
            else:
                result.unchanged += 1
        return result
