from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import AgencyType, District
from pcio.lib.forms import FilterForm, ModelForm
from pcio.webwatch import limits
from pcio.webwatch.models import Site, Status


class BoardFilterForm(FilterForm):
    q = forms.CharField(required=False, label=_("ค้นหา"))
    status = forms.ChoiceField(required=False, label=_("สถานะ"),
                               choices=[("", _("ทุกสถานะ")), *Status.choices])
    type = forms.ChoiceField(required=False, label=_("ประเภท"),
                             choices=[("", _("ทุกประเภท")), *AgencyType.choices])
    district = forms.ModelChoiceField(District.objects.in_registry(), required=False,
                                      label=_("อำเภอ"), empty_label=_("ทุกอำเภอ"),
                                      to_field_name="code")

    def filter(self, sites):
        if not self.is_valid():
            return sites
        data = self.cleaned_data
        if data["q"]:
            sites = sites.filter(Q(url__icontains=data["q"]) |
                                 Q(agency__name_th__icontains=data["q"]))
        if data["status"]:
            sites = sites.filter(status=data["status"])
        if data["type"]:
            sites = sites.filter(agency__type=data["type"])
        if data["district"]:
            sites = sites.filter(agency__district=data["district"])
        return sites



class SiteForm(ModelForm):
    class Meta:
        model = Site
        fields = ["active", "interval_hours", "max_pages"]

    def clean_interval_hours(self):
        hours = self.cleaned_data["interval_hours"]
        if not 1 <= hours <= 24 * 31:
            raise forms.ValidationError(_("ตรวจได้ทุก 1 ถึง 744 ชั่วโมง"))
        return hours

    def clean_max_pages(self):
        pages = self.cleaned_data["max_pages"]
        if pages > limits.MAX_BUDGET:
            raise forms.ValidationError(_("ไม่เกิน 10,000 หน้าต่อรอบ"))
        return pages


class ImportForm(forms.Form):
    file = forms.FileField(label=_("ไฟล์ CSV หรือ XLSX"))
