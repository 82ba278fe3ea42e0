"""One date field for every form: Buddhist-era dd/mm/yyyy in Thai, ISO yyyy-mm-dd in English.

A browser's date input (type=date) accepts only yyyy-mm-dd, while Django writes a date in the
active locale's first input format (15/10/2024 in Thai): the box showed empty and a form saved
unchanged erased its dates. These fields render exactly what they parse, and parse ISO as
well, which is what browsers, the API and old links send. Every ModelForm derives from
`ModelForm` below, so a model DateField gets `ThaiDateField` without anyone asking for it.
static/pcio/thaidate.js adds a calendar in the Buddhist era beside each date box.
"""

import re
from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.renderers import DjangoTemplates
from django.utils import translation
from django.utils.choices import BlankChoiceIterator
from django.utils.translation import gettext_lazy as _

from pcio.lib import params, thai

MIN_BE, MAX_BE = 2400, 2700  # outside these, a "Buddhist-era" year is surely a mistake
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$")
_LAST_YEAR = re.compile(r"(\d{4})$")
GREGORIAN = _("ปี %(year)s ดูเป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (บวก 543) เช่น %(example)s")
INVALID = _("กรอกวันที่เป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/10/2567")


def buddhist() -> bool:
    """Thai pages show the Buddhist era; English pages show ISO dates."""
    return (translation.get_language() or "th").startswith("th")


def _refuse_gregorian(text: str):
    """15/10/2024 typed where the Buddhist era is expected: say so, rather than store 1481.
    A year written first (2024-10-15, 2025-03) is ISO order and may be either era."""
    match = _LAST_YEAR.search(text)
    if match and not text[:4].isdigit() and int(match[1]) < MIN_BE:
        example = text[:match.start()] + str(int(match[1]) + thai.BE_OFFSET)
        raise ValidationError(GREGORIAN, code="gregorian",
                              params={"year": match[1], "example": example})


def parse_date(text) -> date:
    """15/10/2567, 15-10-2567, 15.10.2567, ๑๕/๑๐/๒๕๖๗, 15 ต.ค. 2567 (Buddhist era) or
    2024-10-15 (ISO). Raises ValidationError with a Thai message."""
    text = thai.arabic_digits(text).strip()
    if match := _ISO.match(text):
        return _date(*(int(g) for g in match.groups()))
    _refuse_gregorian(text)
    try:
        return thai.parse_thai_date(text)
    except ValueError:
        raise ValidationError(INVALID, code="invalid") from None


def _date(year, month, day) -> date:
    try:  # a four-digit year above 2400 typed first is still the Buddhist era
        return date(thai.ce_year(year) if year > MIN_BE else year, month, day)
    except ValueError:
        raise ValidationError(INVALID, code="invalid") from None


def format_date(value: date) -> str:
    if not buddhist():
        return value.isoformat()
    return f"{value.day:02d}/{value.month:02d}/{thai.be_year(value)}"


def parse_month(text) -> date:
    """'2568-03', '2025-03', '03/2568' or a whole date -> the first of that month."""
    typed = thai.arabic_digits(text).strip()
    _refuse_gregorian(typed)
    text = typed
    if match := _YEAR_MONTH.match(typed):
        year, month = (match[1], match[2]) if match[1] else (match[4], match[3])
        text = f"{year}-{month}-1"
    try:
        return parse_date(text).replace(day=1)
    except ValidationError:
        raise ValidationError(_("อ่านเดือนไม่ได้: %(v)s (เช่น 2568-03)"), code="invalid",
                              params={"v": typed}) from None


def format_month(value: date) -> str:
    if not buddhist():
        return value.isoformat()[:7]
    return f"{value.month:02d}/{thai.be_year(value)}"


class ThaiDateInput(forms.TextInput):
    """A text box, not the browser's date input: that takes only yyyy-mm-dd, shows no B.E."""

    parse, format, kind = staticmethod(parse_date), staticmethod(format_date), "date"

    def __init__(self, attrs=None):
        # "decimal" brings up a keypad with a "." on phones; 15.10.2567 reads as well
        super().__init__({"inputmode": "decimal", "autocomplete": "off", "size": 12,
                          **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        attrs = context["widget"]["attrs"]
        attrs.setdefault("placeholder", _placeholder(self.kind))
        attrs["data-thaidate"], attrs["data-era"] = self.kind, "be" if buddhist() else "iso"
        return context

    def format_value(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, str):  # a stored ISO string, or what was typed
            try:
                value = self.parse(value)
            except ValidationError:
                return value  # shown as typed, beside its error
        return self.format(value)


def _placeholder(kind) -> str:
    if kind == "month":
        return _("ดด/ปปปป") if buddhist() else "yyyy-mm"
    return _("วว/ดด/ปปปป") if buddhist() else "yyyy-mm-dd"


class ThaiMonthInput(ThaiDateInput):
    parse, format, kind = staticmethod(parse_month), staticmethod(format_month), "month"


class ThaiDateField(forms.DateField):
    widget = ThaiDateInput
    parse = staticmethod(parse_date)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        return self.parse(str(value))


class ThaiMonthField(ThaiDateField):
    """A month, stored as the first of that month."""

    widget = ThaiMonthInput
    parse = staticmethod(parse_month)


def validate_buddhist_year(value):
    if value < MIN_BE:
        raise ValidationError(
            _("ปี %(year)s ดูเป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (บวก 543 เป็น %(be)s)"),
            code="gregorian", params={"year": value, "be": value + thai.BE_OFFSET})
    if value > MAX_BE:
        raise ValidationError(_("ปี พ.ศ. ต้องอยู่ระหว่าง %(low)s ถึง %(high)s"), code="range",
                              params={"low": MIN_BE, "high": MAX_BE})


class IntegerField(forms.IntegerField):
    """A whole number the database holds: at most params.LARGEST unless told otherwise, so a
    typed 99999999999999999999 is a form error, not an overflow in the query (a 500)."""

    def __init__(self, *, max_value=params.LARGEST, **kwargs):
        super().__init__(max_value=max_value, **kwargs)


class BuddhistYearField(forms.IntegerField):
    default_validators = [validate_buddhist_year]

    def __init__(self, **kwargs):
        kwargs.pop("min_value", None)  # the validator's messages say what went wrong
        kwargs.pop("max_value", None)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "placeholder": "2568", "inputmode": "numeric"}


class HourMinuteInput(forms.TimeInput):
    """An HH:MM time box: Django's default 13:30:00 makes the browser ask for seconds too."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def formfield(model_field, **kwargs):
    if isinstance(model_field, models.DateField) and not isinstance(model_field,
                                                                  models.DateTimeField):
        kwargs.setdefault("form_class", ThaiDateField)
    elif isinstance(model_field, models.TimeField):
        kwargs.setdefault("widget", HourMinuteInput)
    return model_field.formfield(**kwargs)


class _ModelFormMetaclass(forms.models.ModelFormMetaclass):
    def __new__(mcs, name, bases, attrs):
        meta = attrs.get("Meta")
        if meta is not None and not hasattr(meta, "formfield_callback"):
            meta.formfield_callback = staticmethod(formfield)
        return super().__new__(mcs, name, bases, attrs)


EMPTY_LABEL = _("— เลือก —")
_DJANGO_BLANK = "---------"  # Django's empty choice: reads as a broken line to a civil servant


def thai_empty_labels(fields):
    """Give every select's empty choice a Thai label, once for all forms."""
    for field in fields.values():
        if getattr(field, "empty_label", None) == _DJANGO_BLANK:
            field.empty_label = EMPTY_LABEL
        elif isinstance(field, forms.ChoiceField):
            field.choices = _relabel(field.choices)


def _relabel(choices):
    if isinstance(choices, BlankChoiceIterator):  # a model field's choices: left lazy
        return BlankChoiceIterator(choices.choices, _relabel(choices.blank_choice))
    if isinstance(choices, list):  # not a callable's choices: those are read when drawn
        return [(value, EMPTY_LABEL if label == _DJANGO_BLANK else label)
                for value, label in choices]
    return choices


class FormRenderer(DjangoTemplates):
    """Every field drawn one way (settings.FORM_RENDERER): label above, help, the error
    beside the box, whether a page includes front/form.html (which adds the error banner
    and the buttons) or writes {{ form.as_div }} inside a form of its own."""

    field_template_name = "front/form_field.html"


class ThaiChoices:
    """Thai empty choices, also for fields a form adds after its own __init__."""

    def __getitem__(self, name):
        field = self.fields.get(name)
        if field is not None:
            thai_empty_labels({name: field})
        return super().__getitem__(name)


class Form(ThaiChoices, forms.Form):
    """The base of pcio's plain forms: Thai empty choices, as in ModelForm."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        thai_empty_labels(self.fields)


def name_boxes(fields):
    """Boxes drawn without a <label> (a filter bar, a row of a table under its column
    headings) are named for screen readers by their field's label."""
    for field in fields.values():
        if field.label:
            field.widget.attrs.setdefault("aria-label", str(field.label))


class FilterForm(Form):
    """A filter bar above a list: one line of boxes without <label>s."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name_boxes(self.fields)


class ModelForm(ThaiChoices, forms.ModelForm, metaclass=_ModelFormMetaclass):
    """The base of every ModelForm in pcio: model dates and times get the boxes above,
    selects a Thai empty choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        thai_empty_labels(self.fields)


class RowForm(ModelForm):
    """A record edited as one row of a table (a formset): its column headings are the
    labels the eye reads, so its boxes carry them for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name_boxes(self.fields)
