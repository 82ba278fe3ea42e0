"""Walks the site the way a user does, from the home page along links, and lists the forms
each page shows: what the tests of every edit form and every list page start from.

Pages are known by their URL pattern (its name, or its route when it has none), so a page
or form added later is walked and checked without a test naming it.
"""

from collections import deque
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

# Kwargs that name what a view does rather than which record (one view, several verbs, as
# readiness_act's save/submit/evidence/accept): each verb is a form of its own.
VERBS = ("action",)


@dataclass
class Form:
    page: str  # the page that shows it
    target: str  # the URL pattern it posts to (key_of)
    action: str  # the path it posts to
    filled: int  # how many of its fields have a value: the richest form tells the most


def all_patterns(resolver=None, prefix="", space=""):
    """{key: route} of every URL pattern of the site."""
    found = {}
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{space}{entry.namespace}:" if entry.namespace else space
            found.update(all_patterns(entry, route, inner))
        elif isinstance(entry, URLPattern):
            found.setdefault(f"{space}{entry.name}" if entry.name else route, route)
    return found


def key_of(path):
    """The pattern key of a path (with a verb when it has one), or None off the site."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    key = match.view_name if match.url_name else match.route
    verbs = [match.kwargs[v] for v in VERBS if v in match.kwargs]
    return "#".join([key, *verbs])


def pattern_of(key):
    """The URL pattern of a key, without its verb."""
    return key.split("#")[0]


class Walk:
    """Pages reached and forms seen by one user. Every page is opened once, except that a
    pattern is opened with at most two query strings (filters, pages of a list), a pattern
    that answers with a download only once (a PDF takes a second to make), and a pattern in
    `once` (say, a form for a new record under every agency) only once."""

    def __init__(self, client, skip=("/admin/", "/api/"), once=()):
        self.client, self.skip, self.once = client, skip, set(once)
        self.pages, self.forms, self.queries, self.downloads = {}, [], {}, set()
        self.reached = set()  # patterns that answered, with a page, a download or a redirect
        self.texts = {}  # url -> the page as the user saw it

    def run(self, start=("/",)):
        queue, seen = deque(start), set(start)
        while queue:
            for link in self.open(queue.popleft()):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
        return self

    def open(self, url):
        key = key_of(url)
        if key is None or url.startswith(self.skip) or key in self.downloads:
            return []
        if key in self.once and key in self.reached:
            return []
        if "?" in url:
            self.queries[key] = self.queries.get(key, 0) + 1
            if self.queries[key] > 2:
                return []
        response = self.client.get(url)
        if response.status_code < 400:
            self.reached.add(key)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            if response.status_code == 200:
                self.downloads.add(key)
            return []
        self.pages.setdefault(key, []).append(url)
        self.texts[url] = response.content.decode()
        html = lxml.html.document_fromstring(self.texts[url], base_url=url)
        self.forms += list(forms_of(url, html))
        return links_of(url, html)


def links_of(url, html):
    for href in html.xpath("//a/@href"):
        parts = urlsplit(urljoin(url, href))
        if parts.scheme in ("", "http") and parts.netloc in ("", "testserver"):
            yield parts.path + (f"?{parts.query}" if parts.query else "")


def forms_of(url, html):
    for form in html.forms:
        if (form.method or "").lower() != "post":
            continue
        action = urlsplit(urljoin(url, form.get("action") or url))
        path = action.path + (f"?{action.query}" if action.query else "")
        filled = sum(1 for name, value in form.form_values()
                     if value and name != "csrfmiddlewaretoken")
        if key_of(path):  # a form that posts off the site is none of ours
            yield Form(url, key_of(path), path, filled)


def richest(forms):
    """One form per target: the one with the most filled fields (a record with every field
    set shows a field that a save drops or changes; an empty one shows nothing)."""
    best = {}
    for form in forms:
        if form.target not in best or form.filled > best[form.target].filled:
            best[form.target] = form
    return best
