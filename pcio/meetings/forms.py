from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.meetings.models import ActionItem, Attachment, Committee, Item, Meeting, Outcome


class MeetingForm(forms.ModelForm):
    committee = forms.ModelChoiceField(Committee.objects.all(), label=_("คณะกรรมการ"))

    class Meta:
        model = Meeting
        fields = ["committee", "number", "year", "date", "time", "venue"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}),
                   "time": forms.TimeInput(attrs={"type": "time"})}


class MeetingStatusForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["date", "time", "venue", "status", "minutes_pages"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}),
                   "time": forms.TimeInput(attrs={"type": "time"})}


class ItemForm(forms.ModelForm):
    class Meta:
        model = Item
        fields = ["section", "title", "presenter", "agency", "body", "closing", "cites"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = ["title", "file"]


class ResolutionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("มติ"), choices=Outcome.choices)
    text = forms.CharField(label=_("รายละเอียดมติ"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
    discussion = forms.CharField(label=_("สรุปการอภิปราย"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))


class ActionForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["title", "agency", "due"]
        widgets = {"due": forms.DateInput(attrs={"type": "date"})}


class ActionProgressForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["status", "progress"]
        widgets = {"progress": forms.Textarea(attrs={"rows": 2})}


class MinutesForm(forms.Form):
    text = forms.CharField(label=_("รายงานการประชุม"), widget=forms.Textarea(attrs={"rows": 24}))
    note = forms.CharField(label=_("หมายเหตุการแก้ไข"), required=False, max_length=300)
