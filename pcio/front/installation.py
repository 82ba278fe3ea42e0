"""The province this installation serves, as every header, letter and page names it.

Nothing here names a province: the profile is set by `pcio setup` (or the first-run page)
and edited by the secretariat; without one, texts fall back to settings (empty by default),
so a fresh install names no province rather than someone else's.
"""

from django.conf import settings


def profile():
    """The saved profile, or an unsaved empty one (callers read fields, never None)."""
    from pcio.front.models import ProvinceProfile

    return ProvinceProfile.objects.select_related("province", "secretariat").filter(
        pk=1).first() or ProvinceProfile()


def is_set() -> bool:
    from pcio.front.models import ProvinceProfile

    return ProvinceProfile.objects.filter(pk=1, province__isnull=False).exists()


def name() -> str:
    """"จังหวัด" and the name, or PCIO_PROVINCE_NAME, or "" when no province is set."""
    return profile().name or settings.PCIO_PROVINCE_NAME


def slogan() -> str:
    """The running header of meeting documents."""
    return profile().slogan or settings.PCIO_MEETINGS_SLOGAN


def province_code() -> str:
    """The province's code ("41"): the profile's, or PCIO_PROVINCE."""
    found = profile().province
    return found.code if found else settings.PROVINCE_CODE


def council_name() -> str:
    """The data governance council that publishes the catalog."""
    return f"คณะกรรมการธรรมาภิบาลข้อมูลภาครัฐ{name() or 'จังหวัด'}"
