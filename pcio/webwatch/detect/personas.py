"""Request headers of the personas every page is fetched as (cloaking shows between them)."""

_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
_PHONE = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
)
_ACCEPT = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "th-TH,th;q=0.9,en;q=0.8",
}

PERSONAS: dict[str, dict] = {
    "desktop": {"User-Agent": _CHROME, **_ACCEPT},
    "phone": {"User-Agent": _PHONE, **_ACCEPT},
    "googlebot": {
        "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        **_ACCEPT,
    },
    "googlebot_smartphone": {
        "User-Agent": (
            "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 "
            "(KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 "
            "(compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        ),
        **_ACCEPT,
    },
    "google_referrer": {
        "User-Agent": _CHROME,
        "Referer": "https://www.google.com/search?q=%E0%B8%AD%E0%B8%9A%E0%B8%95",
        **_ACCEPT,
    },
    # most Thai visitors search on a phone: sneaky redirects often fire only for this pair
    "phone_google": {
        "User-Agent": _PHONE,
        "Referer": "https://www.google.co.th/search?q=%E0%B8%AD%E0%B8%9A%E0%B8%95",
        **_ACCEPT,
    },
}
