from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.lib.forms import BuddhistYearField, ModelForm
from pcio.meetings.models import (
    ActionItem,
    Attachment,
    Committee,
    Correction,
    Item,
    Meeting,
    Outcome,
)


class MeetingForm(ModelForm):
    committee = forms.ModelChoiceField(Committee.objects.all(), label=_("คณะกรรมการ"))

    class Meta:
        model = Meeting
        fields = ["committee", "number", "year", "date", "time", "venue"]
        field_classes = {"year": BuddhistYearField}


class MeetingStatusForm(ModelForm):
    """The meeting's own facts. Its status follows what the secretariat does (send the
    agenda, record resolutions, certify the minutes), so it is not typed here."""

    class Meta:
        model = Meeting
        fields = ["date", "time", "venue", "minutes_pages"]


class ItemForm(ModelForm):
    class Meta:
        model = Item
        fields = ["section", "title", "presenter", "agency", "body", "closing", "cites"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class AttachmentForm(ModelForm):
    class Meta:
        model = Attachment
        fields = ["title", "file"]


class ResolutionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("มติ"), choices=Outcome.choices)
    votes_for = forms.IntegerField(label=_("เห็นด้วย (เสียง)"), min_value=0, required=False)
    votes_against = forms.IntegerField(label=_("ไม่เห็นด้วย (เสียง)"), min_value=0,
                                       required=False)
    votes_abstain = forms.IntegerField(label=_("งดออกเสียง"), min_value=0, required=False)
    text = forms.CharField(label=_("รายละเอียดมติ"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
    discussion = forms.CharField(label=_("สรุปการอภิปราย"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))


class ActionForm(ModelForm):
    class Meta:
        model = ActionItem
        fields = ["title", "agency", "due"]


class ActionProgressForm(ModelForm):
    class Meta:
        model = ActionItem
        fields = ["status", "progress"]
        widgets = {"progress": forms.Textarea(attrs={"rows": 2})}


class MinutesForm(ModelForm):
    class Meta:
        model = Meeting
        fields = ["started", "closed", "minutes_taker", "minutes_taker_position",
                  "minutes_checker", "minutes_checker_position"]
        widgets = {"started": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "closed": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}


class CorrectionForm(ModelForm):
    class Meta:
        model = Correction
        fields = ["item", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, meeting=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = meeting.items.all() if meeting else Item.objects.none()
        self.fields["item"].required = False
