"""Saving the compliance form as it was shown used to erase its dates (issue 11): Django wrote
them as 15/10/2024 into type=date boxes, which show and send nothing for that."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest

DATES = {"info_announced_on": date(2024, 10, 15), "cybersafe_enrolled_on": date(2025, 4, 1),
         "eoffice_since": date(2021, 10, 1)}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class FormValues(HTMLParser):
    """What a browser would send back for the page's main form, untouched."""

    def __init__(self):
        super().__init__()
        self.values, self.select, self.textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") not in ("checkbox", "radio"):
                self.values[attrs["name"]] = sanitized(attrs.get("type"), attrs.get("value", ""))
            elif "checked" in attrs:
                self.values[attrs["name"]] = attrs.get("value", "on")
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.values[self.select] = attrs.get("value", "")
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.values[self.textarea] = ""

    def handle_endtag(self, tag):
        self.select = None if tag == "select" else self.select
        self.textarea = None if tag == "textarea" else self.textarea

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea] += data.removeprefix("\n")


def sanitized(kind, value):
    """A browser empties a type=date box whose value is not yyyy-mm-dd (HTML value sanitization)."""
    return value if kind != "date" or ISO_DATE.fullmatch(value) else ""


def shown_values(html):
    parser = FormValues()
    parser.feed(html)
    return parser.values


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_compliance_form_saved_unchanged_keeps_every_date(client, secretariat, agency_a,
                                                              record_for, settings, language):
    record = record_for(agency_a, workd_domain="nongkhai.go.th", note="ทดสอบ", **DATES)
    client.force_login(secretariat)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    url = f"/compliance/a/{agency_a.code}/edit/"
    values = shown_values(client.get(url).content.decode())
    if language == "th":
        assert values["info_announced_on"] == "15/10/2567"
    response = client.post(url, values)
    assert response.status_code == 302
    record.refresh_from_db()
    assert {name: getattr(record, name) for name in DATES} == DATES
    assert (record.workd_domain, record.note) == ("nongkhai.go.th", "ทดสอบ")
