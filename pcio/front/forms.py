from django import forms
from django.utils.translation import gettext_lazy as _

from pcio.agencies.models import Agency, Province
from pcio.front.models import ProvinceProfile
from pcio.lib.forms import Form, ModelForm


class ProvinceProfileForm(ModelForm):
    website = forms.URLField(label=_("เว็บไซต์"), required=False, assume_scheme="https")

    class Meta:
        model = ProvinceProfile
        fields = ["province", "name", "slogan", "seal", "address", "governor", "secretariat",
                  "phone", "email", "website"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secretariat"].queryset = Agency.objects.thai_order()


class SetupForm(Form):
    province = forms.ModelChoiceField(Province.objects.all(), label=_("จังหวัด"))
