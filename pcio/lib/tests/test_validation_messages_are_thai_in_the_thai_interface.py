"""Django's own validation messages read in Thai on Thai pages (its Thai catalogue predates
many of them, so pcio/locale/th fills the gaps) and stay English on English pages."""

from django import forms
from django.utils import translation

from pcio.agencies.models import Agency
from pcio.lib.forms import ModelForm


class AgencyNameForm(ModelForm):
    class Meta:
        model = Agency
        fields = ["name_th"]


def errors(language, form_class, data):
    with translation.override(language):
        form = form_class(data)
        form.is_valid()
        return " ".join(str(e) for errs in form.errors.values() for e in errs)


def test_too_long_a_value_is_refused_in_thai(db):
    message = errors("th", AgencyNameForm, {"name_th": "ก" * 10000})
    assert "ยาวได้ไม่เกิน" in message and "10000" in message
    assert "Ensure" not in message


def test_the_english_interface_keeps_django_english(db):
    assert "Ensure this value has at most" in errors("en", AgencyNameForm,
                                                     {"name_th": "ก" * 10000})


def test_other_field_messages_are_thai():
    class Numbers(forms.Form):
        count = forms.IntegerField()
        step = forms.DecimalField(max_digits=3, decimal_places=1)
        mail = forms.EmailField()

    message = errors("th", Numbers, {"count": "x", "step": "123.45", "mail": "nobody"})
    assert message.isascii() is False
    for english in ("Enter", "Ensure", "valid"):
        assert english not in message
