"""A select's empty choice reads "— เลือก —", not Django's "---------", on every pcio form."""

from django import forms
from django.utils import translation

from pcio.lib.forms import EMPTY_LABEL, Form, ModelForm
from pcio.meetings.forms import ItemForm


def test_model_selects_and_choice_selects_get_the_thai_label(db):
    with translation.override("th"):
        html = str(ItemForm())  # agency: a foreign key; section: model choices
    assert "---------" not in html
    assert html.count("— เลือก —") >= 2


def test_a_plain_form_gets_it_too():
    class Pick(Form):
        colour = forms.TypedChoiceField(choices=[("", "---------"), ("r", "แดง")])

    assert Pick().fields["colour"].choices[0] == ("", EMPTY_LABEL)


def test_a_required_model_select_without_an_empty_choice_keeps_none(db):
    from pcio.meetings.forms import MeetingForm

    assert issubclass(MeetingForm, ModelForm)
    assert MeetingForm().fields["committee"].empty_label in (None, EMPTY_LABEL)
