"""Every app's create/edit form has one layout (front/form.html): after an invalid POST, a
banner at the top (role="alert") names what to fix; every box has a label; each error sits
beside its box, which points at it with aria-describedby; the buttons are in one row at the
end of the form."""

import lxml.html
import pytest
from django.urls import reverse

from pcio.webwatch.models import Site

EMPTY = {"nothing": ""}  # a POST with no field filled ("request.POST or None" is bound)
INVALID = {"interval_hours": "-1", "url": "not a url"}


@pytest.fixture
def form_pages(db, agency_a):
    """(name, url, data): each app's main create/edit form and a POST it refuses."""
    site = Site.objects.create(agency=agency_a, url="https://www.example.go.th/")
    return [
        ("agencies", reverse("agency_new"), EMPTY),
        ("catalog", reverse("catalog_new"), EMPTY),
        ("compliance", reverse("compliance_letter_new"), EMPTY),
        ("meetings", reverse("meeting_new"), EMPTY),
        ("readiness", reverse("readiness_import"), EMPTY),
        ("webwatch", reverse("webwatch_site_edit", args=[site.pk]), INVALID),
        ("accounts", "/password/", {"new_password1": "a"}),
        ("front", reverse("province_profile"), {"name": "x" * 500}),
    ]


def _form(html):
    page = lxml.html.document_fromstring(html)
    main = page.xpath("//main")[0]
    forms = main.xpath(".//form[contains(concat(' ', @class, ' '), ' form ')]")
    assert len(forms) == 1
    return main, forms[0]


def _boxes(form):
    return [box for box in form.xpath(".//input|.//select|.//textarea")
            if box.get("type") not in ("hidden", "submit", "button")]


def _banner_comes_first(main, form):
    banners = main.xpath(".//*[@role='alert']")
    assert len(banners) == 1 and "form-banner" in banners[0].get("class")
    order = list(main.iter())
    assert order.index(banners[0]) < order.index(form)
    assert banners[0].text_content().strip()


def _every_box_is_labelled(form):
    labels = {label.get("for") for label in form.xpath(".//label")}
    for box in _boxes(form):
        wrapped = box.xpath("ancestor::label")
        assert box.get("id") in labels or wrapped, lxml.html.tostring(box)[:120]


def _every_error_is_tied_to_its_box(form):
    errors = form.xpath(".//ul[contains(@class, 'errorlist')]")
    assert errors, "the refused POST shows errors beside the fields"
    for error in errors:
        described = form.xpath(f".//*[contains(concat(' ', @aria-describedby, ' '), "
                               f"' {error.get('id')} ')]")
        assert error.get("id") and described, error.text_content()
        field = error.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')]")
        assert field and described[0] in field[0].iter(), error.get("id")


def _buttons_in_one_row_at_the_end(form):
    rows = form.xpath("./div[@class='form-actions']")
    assert len(rows) == 1 and form[-1] is rows[0]
    buttons = form.xpath(".//button|.//input[@type='submit']")
    assert buttons and all(rows[0] in b.iterancestors() for b in buttons)
    assert "button" in rows[0][0].get("class")


def test_every_apps_form_refuses_an_invalid_post_with_the_same_structure(
        client, form_pages, secretariat):
    client.force_login(secretariat)
    for name, url, data in form_pages:
        response = client.post(url, data)
        assert response.status_code in (200, 400), (name, response.status_code)
        main, form = _form(response.content.decode())
        for check in (_banner_comes_first, _every_box_is_labelled,
                      _every_error_is_tied_to_its_box, _buttons_in_one_row_at_the_end):
            try:
                check(*((main, form) if check is _banner_comes_first else (form,)))
            except AssertionError as exc:
                raise AssertionError(f"{name}: {check.__name__}: {exc}") from exc


def test_a_form_shown_first_has_no_banner_and_the_same_buttons(client, form_pages,
                                                               secretariat):
    client.force_login(secretariat)
    for name, url, _data in form_pages:
        main, form = _form(client.get(url).content.decode())
        assert not main.xpath(".//*[@role='alert']"), name
        _every_box_is_labelled(form)
        _buttons_in_one_row_at_the_end(form)
