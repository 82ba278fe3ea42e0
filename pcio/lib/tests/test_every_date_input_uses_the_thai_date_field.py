"""Walks every form class in pcio, so a form added later is checked too."""

import importlib

import pytest
from django import forms
from django.apps import apps
from django.utils import translation

from pcio.lib import forms as pcio_forms

BROWSER_DATE_TYPES = {"date", "month", "week", "datetime-local"}


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def form_classes():
    for app in apps.get_app_configs():
        if app.name.startswith("pcio."):
            try:
                importlib.import_module(f"{app.name}.forms")
            except ModuleNotFoundError as error:
                if error.name != f"{app.name}.forms":
                    raise
    importlib.import_module("pcio.urls")  # and forms declared beside their views
    found = {c for c in _subclasses(forms.BaseForm) if c.__module__.startswith("pcio.")
             and ".tests." not in c.__module__ and c.__module__ != "pcio.lib.forms"}
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def fields_of(cls):
    try:  # some forms add their fields in __init__ (the catalog's, from the schema)
        return cls().fields
    except TypeError:  # forms that need arguments: their declared and model fields
        return cls.base_fields


FORMS = form_classes()


def test_the_walk_finds_the_forms_with_dates():
    names = {c.__name__ for c in FORMS}
    assert {"RecordForm", "MeetingForm", "ActionForm", "AssignForm", "DatasetForm"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", FORMS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_date_field_uses_the_shared_field_and_box(form_class):
    for name, field in fields_of(form_class).items():
        assert getattr(field.widget, "input_type", None) not in BROWSER_DATE_TYPES, name
        if isinstance(field, forms.DateField):
            assert isinstance(field, pcio_forms.ThaiDateField), name
            assert isinstance(field.widget, pcio_forms.ThaiDateInput), name


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", FORMS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_time_box_shows_hours_and_minutes(form_class):
    # a stored 13:30 rendered as 13:30:00 (the English format) would change on every save
    for name, field in fields_of(form_class).items():
        if isinstance(field, forms.TimeField):
            assert field.widget.format == "%H:%M", name


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", FORMS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_buddhist_era_year_refuses_a_christian_year(form_class):
    with translation.override("th"):
        for name, field in fields_of(form_class).items():
            if isinstance(field, forms.IntegerField) and "พ.ศ." in str(field.label):
                assert isinstance(field, pcio_forms.BuddhistYearField), name


def test_every_model_form_derives_from_the_shared_base():
    model_forms = [c for c in FORMS if issubclass(c, forms.ModelForm)]
    assert model_forms
    assert [c for c in model_forms if not issubclass(c, pcio_forms.ModelForm)] == []
