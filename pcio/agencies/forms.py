from django import forms
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency, AgencyType, District
from pcio.lib.forms import FilterForm, IntegerField, ModelForm


class AgencyFilterForm(FilterForm):
    q = forms.CharField(label=_("ค้นหา"), required=False)
    type = forms.ChoiceField(
        label=_("ประเภท"), required=False, choices=[("", _("ทุกประเภท"))] + AgencyType.choices
    )
    # A plain integer, not a ModelChoiceField: a national registry has ~900 districts and
    # rendering each option through the widget templates costs more than the whole query.
    district = IntegerField(required=False, min_value=1)

    def district_options(self):
        selected = str(self["district"].value() or "")
        return format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((pk, mark_safe(" selected") if str(pk) == selected else "", name)
             for pk, name in District.objects.in_registry().values_list("pk", "name_th")),
        )

    def filter(self, queryset):
        data = self.cleaned_data if self.is_valid() else {}
        queryset = queryset.search(data.get("q"))
        if data.get("type"):
            queryset = queryset.filter(type=data["type"])
        if data.get("district"):
            queryset = queryset.filter(district_id=data["district"])
        return queryset


class AgencyForm(ModelForm):
    websites = forms.CharField(
        label=_("เว็บไซต์"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("บรรทัดละหนึ่งที่อยู่ (https://...)"),
    )

    class Meta:
        model = Agency
        fields = [
            "code", "name_th", "name_en", "short_name", "type", "parent", "province",
            "district", "contact_name", "phone", "email", "email_domain", "is_sample",
        ]  # fmt: skip

    def __init__(self, *args, secretariat=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = District.objects.for_choice(self.instance.district_id)
        if self.instance.pk:
            self.initial["websites"] = "\n".join(w.url for w in self.instance.websites.all())
        if not secretariat:
            # Officers keep their agency's identity and place in the hierarchy as registered.
            for name in ("code", "type", "parent", "province", "district", "is_sample"):
                self.fields[name].disabled = True

    def clean_websites(self):
        validator = forms.URLField(assume_scheme="https")
        return [validator.clean(line.strip()) for line in
                self.cleaned_data["websites"].splitlines() if line.strip()]

    def save(self, commit=True):
        agency = super().save(commit=commit)
        urls = self.cleaned_data["websites"]
        agency.websites.exclude(url__in=urls).delete()
        for url in urls:
            agency.websites.get_or_create(url=url)
        return agency


class ImportForm(forms.Form):
    file = forms.FileField(label=_("ไฟล์ CSV หรือ XLSX"))
