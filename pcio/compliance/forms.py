from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import AgencyType
from pcio.compliance.letters import example_reference, normalise_reference, parse_citation
from pcio.compliance.models import Channel, EofficeVolume, Kind, Letter, Record, Section
from pcio.lib.forms import FilterForm, ModelForm, ThaiMonthField
from pcio.lib.thai import parse_thai_date, thai_date


class RecordForm(ModelForm):
    info_url = forms.URLField(label=_("ลิงก์ประกาศบน info.go.th"), max_length=500,
                              required=False, assume_scheme="https")

    class Meta:
        model = Record
        fields = ["info_announced_on", "info_url", "cybersafe_enrolled_on", "workd_domain",
                  "workd_mail", "workd_chat", "workd_meet", "workd_cloud", "workd_requested",
                  "workd_active", "eoffice_since", "eoffice_system", "eoffice_provider", "note",
                  "is_sample"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, secretariat=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not secretariat:
            del self.fields["is_sample"]

    def clean_workd_domain(self):
        return self.cleaned_data["workd_domain"].strip().lstrip("@").lower()


class ChannelForm(ModelForm):
    class Meta:
        model = Channel
        fields = ["kind", "value", "label", "meta_verified"]

    def clean(self):
        data = super().clean()
        kind, value = data.get("kind"), (data.get("value") or "").strip()
        if kind and value:
            data["value"] = clean_value(kind, value)
            self._refuse_duplicate(kind, data["value"])
        return data

    def _refuse_duplicate(self, kind, value):
        # the agency is not a form field, so ModelForm does not check this unique constraint
        twins = Channel.objects.filter(agency_id=self.instance.agency_id, kind=kind, value=value)
        if twins.exclude(pk=self.instance.pk).exists():
            raise ValidationError(_("หน่วยงานนี้มีช่องทางนี้อยู่แล้ว: %(value)s"),
                                  params={"value": value})

    def save(self, commit=True):
        self.instance.section = section_of(self.instance.kind)
        return super().save(commit)


def section_of(kind) -> int:
    return Section.STAFF if kind == Kind.STAFF_SYSTEM else Section.PUBLIC


def clean_value(kind, value) -> str:
    """An e-mail address for e-mail channels, an http(s) URL for every other kind."""
    try:
        if kind == Kind.EMAIL:
            validate_email(value.removeprefix("mailto:"))
            return value.removeprefix("mailto:").lower()
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        what = "อีเมล" if kind == Kind.EMAIL else "URL (http:// หรือ https://)"
        raise ValidationError(_("ต้องเป็น%(what)s: %(value)s"),
                              params={"what": what, "value": value}) from None
    return value


class VolumeForm(ModelForm):
    month = ThaiMonthField(label=_("เดือน"), help_text=_("เช่น 2568-03 หรือ 1/03/2568"))

    class Meta:
        model = EofficeVolume
        fields = ["month", "documents"]


class LetterForm(ModelForm):
    citation = forms.CharField(
        label=_("หรือวางข้อความอ้างถึง"), required=False)
    dated = forms.CharField(label=_("ลงวันที่"), required=False,
                            help_text=_("เช่น 11 พฤศจิกายน 2567 หรือ 11/11/2567"))
    url = forms.URLField(label=_("ลิงก์เอกสาร"), max_length=500, required=False,
                         assume_scheme="https")

    class Meta:
        model = Letter
        fields = ["citation", "reference", "dated", "subject", "agenda_item", "url"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reference"].required = False
        self.fields["citation"].help_text = _("เช่น ที่ %(reference)s ลงวันที่ 11 พฤศจิกายน 2567") % {
            "reference": example_reference()}
        if self.instance.dated:  # shown as the officer types it, in the Buddhist era
            self.initial["dated"] = thai_date(self.instance.dated)

    def clean(self):
        data = super().clean()
        if data.get("citation"):
            try:
                data["reference"], data["dated"] = parse_citation(data["citation"])
            except ValueError as exc:
                self.add_error("citation", str(exc))
            return data
        self._reference_and_date(data)
        return data

    def _reference_and_date(self, data):
        try:
            data["reference"] = normalise_reference(data.get("reference") or "")
        except ValueError as exc:
            self.add_error("reference", str(exc))
        try:
            data["dated"] = parse_thai_date(data.get("dated") or "")
        except ValueError as exc:
            self.add_error("dated", str(exc))


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=_("ข้อมูล"), choices=[
        ("compliance", _("ช่องทาง ประกาศ Cyber Safe workD e-Office (หนึ่งแถวต่อหน่วยงาน)")),
        ("volumes", _("ปริมาณหนังสือ e-Office รายเดือน")),
    ])
    file = forms.FileField(label=_("ไฟล์ XLSX หรือ CSV"))


class FollowupFilterForm(FilterForm):
    """Filters the follow-up list. District choices come from the caller (the page has read
    the districts already), and the template writes the options itself: a select of a
    national deployment's ~900 districts rendered through widget templates is slow."""

    district = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    type = forms.ChoiceField(required=False, choices=[("", ""), *AgencyType.choices])

    def __init__(self, data, districts):
        super().__init__(data)
        self.fields["district"].choices = [("", ""), *districts]

    def filter(self, rows):
        """Rows (province.rows()) of the chosen district and type; filtered in Python because
        the page already holds every row."""
        if not self.is_bound or not self.is_valid():
            return rows
        district, kind = self.cleaned_data["district"], self.cleaned_data["type"]
        return [r for r in rows if (not district or r.district_id == district)
                and (not kind or r.type == kind)]
