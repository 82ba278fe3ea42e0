from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency
from pcio.lib.forms import FilterForm, ThaiDateField
from pcio.readiness.models import Kind, Status


class UploadForm(forms.Form):
    file = forms.FileField(label=_("ไฟล์ CSV หรือ XLSX"))


class AnswerForm(forms.Form):
    """The answer field fits the question's type."""

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(c, c) for c in question.choice_list()]
        label = _("คำตอบ")
        if question.kind in (Kind.YES_NO, Kind.SINGLE):
            field = forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect)
        elif question.kind == Kind.MULTIPLE:
            field = forms.MultipleChoiceField(label=label, choices=choices, required=False,
                                              widget=forms.CheckboxSelectMultiple)
        elif question.kind == Kind.NUMBER:
            field = forms.DecimalField(label=label, max_digits=14, decimal_places=2)
        elif question.kind == Kind.TEXT:
            field = forms.CharField(label=label, widget=forms.Textarea(attrs={"rows": 5}))
        else:
            field = forms.CharField(label=_("คำอธิบายหลักฐาน"), required=False,
                                    widget=forms.Textarea(attrs={"rows": 2}))
        self.fields["answer"] = field


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("ไฟล์หลักฐาน"), required=False)
    link = forms.URLField(label=_("หรือลิงก์หลักฐาน"), required=False, assume_scheme="https")
    name = forms.CharField(label=_("คำอธิบาย"), required=False, max_length=200)


class ReviewForm(forms.Form):
    comment = forms.CharField(label=_("ความเห็น"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))


class AssignForm(forms.Form):
    # Codes in text boxes (with a datalist), not <select>s: a national board would render
    # thousands of options on every page view.
    questions = forms.CharField(label=_("รหัสข้อ (หลายข้อคั่นด้วยจุลภาค)"), max_length=2000)
    agency = forms.CharField(label=_("รหัสหน่วยงานรับผิดชอบ"), max_length=30,
                             widget=forms.TextInput(attrs={"list": "agency-codes"}))
    supporting = forms.CharField(label=_("รหัสหน่วยงานสนับสนุน (คั่นด้วยจุลภาค)"),
                                 required=False)
    due = ThaiDateField(label=_("กำหนดส่ง"))

    def __init__(self, *args, survey_year, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey_year = survey_year

    def clean_questions(self):
        codes = self.cleaned_data["questions"].replace(",", " ").split()
        found = {q.code: q for q in self.survey_year.questions.filter(code__in=codes)}
        missing = [c for c in codes if c not in found]
        if missing:
            raise forms.ValidationError(_("ไม่พบข้อคำถาม %(c)s ในปีนี้") % {"c": ", ".join(missing)})
        return [found[c] for c in dict.fromkeys(codes)]

    def clean_agency(self):
        return self._agencies([self.cleaned_data["agency"]])[0]

    def clean_supporting(self):
        return self._agencies(self.cleaned_data["supporting"].replace(",", " ").split())

    @staticmethod
    def _agencies(codes):
        found = {a.code: a for a in Agency.objects.filter(code__in=codes)}
        missing = [c for c in codes if c not in found]
        if missing:
            raise forms.ValidationError(_("ไม่พบหน่วยงานรหัส %(c)s") % {"c": ", ".join(missing)})
        return [found[c] for c in codes]


class BoardFilterForm(FilterForm):
    status = forms.ChoiceField(label=_("สถานะ"), required=False,
                               choices=[("", _("ทุกสถานะ"))] + Status.choices)
    agency = forms.CharField(label=_("รหัสหน่วยงาน"), required=False)
    pillar = forms.TypedChoiceField(label=_("ตัวชี้วัด"), required=False, coerce=int,
                                    choices=[("", _("ทุกตัวชี้วัด"))] +
                                    [(n, str(n)) for n in range(1, 8)])

    def filter(self, queryset):
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("agency"):
            queryset = queryset.filter(agency__code=data["agency"].strip())
        if data.get("pillar"):
            queryset = queryset.filter(question__pillar=data["pillar"])
        return queryset


class WhatIfForm(forms.Form):
    pillar = forms.TypedChoiceField(label=_("ตัวชี้วัด"), coerce=int,
                                    choices=[(n, str(n)) for n in range(1, 8)])
    delta = forms.DecimalField(label=_("เพิ่มคะแนน"), min_value=-100, max_value=100,
                               decimal_places=2, initial=10)
