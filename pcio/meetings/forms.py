from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.lib.forms import BuddhistYearField, IntegerField, ModelForm
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


# Tables other apps offer (registry), by what a secretary calls them: the [[app.name]]
# codes that place them in the body are for the document, not for people to type.
TABLES = {
    "readiness.overview": _("ความพร้อมรัฐบาลดิจิทัล: ภาพรวมคะแนน"),
    "readiness.comparison": _("ความพร้อมรัฐบาลดิจิทัล: คะแนนรายตัวชี้วัด"),
    "readiness.kpi_targets": _("ความพร้อมรัฐบาลดิจิทัล: เป้าหมายตัวชี้วัด ก.พ.ร."),
    "webwatch.board": _("เฝ้าระวังเว็บพนัน: ผลการตรวจเว็บไซต์หน่วยงาน"),
    "catalog.summary": _("บัญชีข้อมูล: ชุดข้อมูลรายหน่วยงาน"),
    "compliance.tally": _("ช่องทางอิเล็กทรอนิกส์: การประกาศช่องทาง"),
    "compliance.workd": _("ช่องทางอิเล็กทรอนิกส์: การใช้บริการ workD"),
    "compliance.eoffice": _("ช่องทางอิเล็กทรอนิกส์: การใช้ระบบ e-Office"),
    "compliance.letters": _("ช่องทางอิเล็กทรอนิกส์: หนังสือที่ส่งถึงหน่วยงาน"),
    "compliance.cybersafe": _("ช่องทางอิเล็กทรอนิกส์: การสมัคร Government Cyber Safe"),
    "meetings.action_items": _("มติที่ยังต้องดำเนินการ"),
}


def _table_choices():
    from pcio.meetings import registry

    return [("", _("— ไม่แทรก —")),
            *((name, TABLES.get(name, name)) for name in registry.names())]


class ItemForm(ModelForm):
    table = forms.ChoiceField(label=_("แทรกตารางจากระบบ"), required=False,
                              choices=_table_choices,
                              help_text=_("ตารางจะต่อท้ายเนื้อความ ข้อมูลดึงจากระบบเมื่อออกเอกสาร"))

    class Meta:
        model = Item
        fields = ["section", "title", "presenter", "agency", "body", "closing", "cites"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}
        help_texts = {"body": _("ย่อหน้าคั่นด้วยบรรทัดว่าง ตาราง: บรรทัดขึ้นต้นด้วย | "
                                "ตารางจากระบบอื่น: เลือกในช่อง “แทรกตารางจากระบบ”")}

    def clean(self):
        data = super().clean()
        table = data.pop("table", "")  # not an Item field: views pass cleaned_data on as is
        if table:
            body = (data.get("body") or "").rstrip()
            data["body"] = f"{body}\n\n[[{table}]]".lstrip()
        return data


class AttachmentForm(ModelForm):
    class Meta:
        model = Attachment
        fields = ["title", "file"]


class ResolutionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("มติ"), choices=Outcome.choices)
    votes_for = IntegerField(label=_("เห็นด้วย (เสียง)"), min_value=0, required=False)
    votes_against = IntegerField(label=_("ไม่เห็นด้วย (เสียง)"), min_value=0, required=False)
    votes_abstain = IntegerField(label=_("งดออกเสียง"), min_value=0, required=False)
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
